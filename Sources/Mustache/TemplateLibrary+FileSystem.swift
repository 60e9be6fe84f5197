import FoundationEssentials
import FoundationGaps

// Loading templates from disk: the only file I/O of the module.

extension TemplateLibrary {
    /// The file extensions read as templates by default.
    public static let templateExtensions: Set<String> = ["mustache", "md"]

    /// Loads every template file in `directory` and its subfolders, and throws the first problem.
    ///
    /// See ``load(directory:extensions:problems:)`` for how files are named.
    public init(directory: URL, extensions: Set<String> = templateExtensions) throws(MustacheError) {
        var problems: [MustacheError] = []
        self = Self.load(directory: directory, extensions: extensions, problems: &problems)
        if let first = problems.first { throw first }
    }

    /// Loads every template file in `directory` and its subfolders, gathering all problems.
    ///
    /// A file's template name is its path below `directory` without the extension, with `/`
    /// between folders: `kop.md` is `{{> kop}}`, `delen/tabel.mustache` is `{{> delen/tabel}}`.
    /// Errors name the file as `directory` (as given) joined with that path. Files are read in
    /// sorted order, so the same folder always gives the same problems in the same order. A file
    /// that cannot be read or parsed is left out; two files with the same name keep the first.
    ///
    /// - Parameters:
    ///   - directory: The folder to read.
    ///   - extensions: The file extensions to read, without the dot.
    ///   - problems: Gets every unreadable file, syntax error and duplicate name, and a missing folder.
    public static func load(
        directory: URL, extensions: Set<String> = templateExtensions, problems: inout [MustacheError]
    ) -> TemplateLibrary {
        var library = TemplateLibrary()
        var files: [String: String] = [:]  // template name -> file
        let shownRoot = directory.relativePath
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory else {
            problems.append(MustacheError(.notAFolder, templateName: shownRoot, file: shownRoot, range: nil))
            return library
        }
        for relativePath in templatePaths(in: directory, extensions: extensions) {
            let file = shownRoot.isEmpty ? relativePath : shownRoot + "/" + relativePath
            let name = String(relativePath.dropLast(URL(fileURLWithPath: relativePath).pathExtension.count + 1))
            if let other = files[name] {
                problems.append(
                    MustacheError(.duplicateTemplate(name: name, otherFile: other), templateName: name, file: file, range: nil))
                continue
            }
            files[name] = file
            do {
                let text = try String(contentsOf: directory.appendingPathComponent(relativePath), encoding: .utf8)
                library.add(try Template(parsing: text, name: name, file: file))
            } catch let error as MustacheError {
                problems.append(error)
            } catch {
                problems.append(
                    MustacheError(.unreadableFile(reason: ErrorText.describing(error)), templateName: name, file: file, range: nil))
            }
        }
        return library
    }

    /// The paths below `directory` of the files with one of `extensions`, sorted. A `README` file
    /// documents the folder and is not a template.
    private static func templatePaths(in directory: URL, extensions: Set<String>) -> [String] {
        let root = directory.standardizedFileURL.path
        // Every path below the folder, as the enumerator gave them (the order is sorted away below).
        guard let all = try? FileManager.default.subpathsOfDirectory(atPath: root) else { return [] }
        var paths: [String] = []
        for path in all {
            let url = URL(fileURLWithPath: path)
            guard extensions.contains(url.pathExtension),
                url.deletingPathExtension().lastPathComponent.uppercased() != "README"
            else { continue }
            var isDirectory = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory {
                paths.append(path)
            }
        }
        return paths.sorted()
    }
}
