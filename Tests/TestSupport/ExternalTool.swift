import Foundation
import Testing

/// A program from the system that some tests need (poppler's `pdftotext`, `qpdf`, LibreOffice, a
/// Python with openpyxl). On a developer's machine a test whose tool is missing is skipped, with the
/// package to install in the reason; under `CI=true` it runs and fails, so a CI that forgot to
/// install a tool cannot pass by running fewer tests. `.ci/run` installs every tool named here.
public struct ExternalTool: Sendable, CustomStringConvertible {
    /// The program's name, as on the command line.
    public let name: String
    /// What installs it (a Debian package, or the venv `.ci/run` makes).
    public let installedBy: String
    /// Where it was found, or nil.
    public let path: String?

    /// Looks for `name` in the usual places and in the given extra ones.
    public init(_ name: String, installedBy: String, alsoAt extra: [String] = [], searchesSystem: Bool = true) {
        self.name = name
        self.installedBy = installedBy
        let system = searchesSystem ? ["/usr/bin/", "/usr/local/bin/", "/opt/homebrew/bin/"].map { $0 + name } : []
        let candidates = extra + system
        path = candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Whether CI asked for every test to run (`CI=true`).
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether a test that needs this tool runs: it is installed, or this is CI (where it then fails).
    /// Use as `@Test(.enabled(if: ExternalTool.qpdf.shouldRun, ExternalTool.qpdf.skipReason))`.
    public var shouldRun: Bool { path != nil || Self.isCI }

    /// The reason given for a skipped test.
    public var skipReason: Comment { Comment(rawValue: "\(name) is not installed (\(installedBy))") }

    /// The tool's path, or an error that fails the test that asked.
    public func require() throws -> String {
        guard let path else { throw Missing(tool: self) }
        return path
    }

    public var description: String { name }

    /// A tool a test needed and did not find.
    public struct Missing: Error, CustomStringConvertible {
        public let tool: ExternalTool
        public var description: String { "\(tool.name) is needed and not installed: \(tool.installedBy)" }
    }

    public static let pdftotext = ExternalTool("pdftotext", installedBy: "apt-get install poppler-utils")
    public static let pdfinfo = ExternalTool("pdfinfo", installedBy: "apt-get install poppler-utils")
    public static let qpdf = ExternalTool("qpdf", installedBy: "apt-get install qpdf")
    public static let pdffonts = ExternalTool("pdffonts", installedBy: "apt-get install poppler-utils")
    /// libxml2's `xmllint`, for the sitemap's well-formedness (issue 37).
    public static let xmllint = ExternalTool("xmllint", installedBy: "apt-get install libxml2-utils")
    /// Python 3 with its zlib, to inflate our DEFLATE streams with another implementation.
    public static let python3 = ExternalTool("python3", installedBy: "apt-get install python3")
    /// The shells whose completion scripts `mja installeer` writes besides bash's.
    public static let zsh = ExternalTool("zsh", installedBy: "apt-get install zsh")
    public static let fish = ExternalTool("fish", installedBy: "apt-get install fish")
    public static let soffice = ExternalTool("soffice", installedBy: "apt-get install libreoffice-calc")
    /// The WebDriver of Chromium, for the workspace server's browser test.
    public static let chromedriver = ExternalTool("chromedriver", installedBy: "apt-get install chromium chromium-driver")
    /// Chromium itself, started by chromedriver.
    public static let chromium = ExternalTool("chromium", installedBy: "apt-get install chromium")
    /// A Python with openpyxl: the venv `.ci/run` makes, or `MJA_PYTHON`.
    public static let openpyxlPython = ExternalTool(
        "python", installedBy: "python3 -m venv /opt/mja-venv && /opt/mja-venv/bin/pip install openpyxl",
        alsoAt: [ProcessInfo.processInfo.environment["MJA_PYTHON"], "/opt/mja-venv/bin/python"].compactMap { $0 },
        searchesSystem: false)
    /// The venv's folder of programs: beside `MJA_PYTHON`, or /opt/mja-venv/bin.
    static let venvPrograms = [
        ProcessInfo.processInfo.environment["MJA_PYTHON"].map { ($0 as NSString).deletingLastPathComponent },
        "/opt/mja-venv/bin",
    ].compactMap { $0 }
    /// Frictionless (PyPI), for `frictionless validate` on the open data's packages.
    public static let frictionless = ExternalTool(
        "frictionless", installedBy: "python3 -m venv /opt/mja-venv && /opt/mja-venv/bin/pip install frictionless",
        alsoAt: venvPrograms.map { $0 + "/frictionless" })
    /// A Python with jsonschema (PyPI), to validate agenda.json against `mja schema`: the venv's
    /// Python when it has the module.
    public static let jsonschemaPython: ExternalTool = {
        let candidates = venvPrograms.map { $0 + "/python" }.filter { python in
            guard FileManager.default.isExecutableFile(atPath: python) else { return false }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["-c", "import jsonschema"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return false }
            process.waitUntilExit()
            return process.terminationStatus == 0
        }
        return ExternalTool("python", installedBy: "python3 -m venv /opt/mja-venv && /opt/mja-venv/bin/pip install jsonschema",
                            alsoAt: candidates, searchesSystem: false)
    }()
}
