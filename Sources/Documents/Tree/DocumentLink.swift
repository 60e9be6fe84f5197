/// A link to another document of the same build, written without a file extension:
/// `document:uitvoeringsdeel` or `document:../signalen`. Every writer adds the extension of its own
/// format, so the Markdown links to Markdown, the HTML to HTML and the Word file to Word.
enum DocumentLink {
    static let scheme = "document:"

    /// `destination` with the document scheme replaced by a relative path with `fileExtension`;
    /// any other destination as it is.
    static func resolve(_ destination: String, fileExtension: String) -> String {
        guard destination.hasPrefix(scheme) else { return destination }
        let path = destination.dropFirst(scheme.count)
        return path.isEmpty ? "" : "\(path).\(fileExtension)"
    }
}
