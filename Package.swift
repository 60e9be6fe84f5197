// swift-tools-version: 6.0
import PackageDescription

// The modules follow the data flow: text -> parsed trees with source ranges -> domain model and
// diagnostics -> document tree -> writers. The generic modules at the bottom know nothing of agendas.
let package = Package(
    name: "mja",
    products: [
        .executable(name: "mja", targets: ["mja"]),
        .library(name: "Agenda", targets: ["Agenda"]),
        .library(name: "TOML", targets: ["TOML"]),
        .library(name: "Hashing", targets: ["Hashing"]),
        .library(name: "Accounts", targets: ["Accounts"]),
    ],
    targets: [
        // Generic building blocks.
        // What the program needs of Foundation that FoundationEssentials lacks (trimming, replacing, path
        // helpers, a lock), so that no module links Foundation and its ICU data.
        .target(name: "FoundationGaps", exclude: ["README.md"]),
        .target(name: "Diagnostics"),
        // The Gregorian calendar: one leap-year rule for every module that checks or counts dates.
        .target(name: "Dates", exclude: ["README.md"]),
        .target(name: "TOML", dependencies: ["Diagnostics", "Dates"], exclude: ["Editing/README.md"]),
        .target(name: "Mustache", dependencies: ["Diagnostics", "FoundationGaps"]),
        // JSON text -> value tree with source positions (for `mja importeer`).
        .target(name: "JSON", dependencies: ["Diagnostics"]),
        .target(name: "Documents", dependencies: ["Dates", "SystemCalls", "Hashing", "FoundationGaps"], exclude: ["README.md", "PDF/Fonts", "PDF/README.md", "Zip/README.md"]),
        .target(name: "Markdown", dependencies: ["Documents"], exclude: ["README.md"]),
        // HTTP/1.1 on loopback sockets: requests, responses, limits (under the live preview).
        .target(name: "HTTP", dependencies: ["FoundationGaps"], exclude: ["README.md"]),
        // SHA-256, HMAC, PBKDF2, constant-time comparison and system randomness (under the accounts); FNV-1a.
        .target(name: "Hashing", exclude: ["README.md", "generate-compression.py"]),
        // The system calls Swift does not import (syncfs, mallopt, madvise of the program's own pages), as plain C functions.
        .target(name: "SystemCalls", exclude: ["README.md"]),
        // The templates and registries built into the program, generated from templates/ and
        // regions/registers/ at build time by a plugin (kept under Sources/ by `path:`).
        .target(name: "BuiltInFiles", dependencies: ["Hashing"], exclude: ["README.md"], plugins: ["BuiltInFilesPlugin"]),
        .plugin(name: "BuiltInFilesPlugin", capability: .buildTool(), dependencies: ["BuiltInFilesGenerator"],
                path: "Sources/BuiltInFilesPlugin"),
        .executableTarget(name: "BuiltInFilesGenerator"),

        // The domain and the command line.
        .target(name: "Agenda", dependencies: ["Dates", "Diagnostics", "TOML", "Mustache", "Markdown", "Documents", "JSON", "Hashing", "FoundationGaps"], exclude: ["README.md", "Catalogue/README.md"],
                // A module sees only the members of the modules it imports itself, so that none of
                // `Foundation`'s reaches it through a module that still imports `Foundation`.
                swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]),
        // Accounts, roles and rights of the workspace server, and the accounts file.
        .target(name: "Accounts", dependencies: ["Hashing", "TOML", "Diagnostics", "Agenda", "FoundationGaps"], exclude: ["README.md"]),
        .target(name: "AgendaCLI", dependencies: ["Agenda", "Diagnostics", "Documents", "Mustache", "HTTP", "SystemCalls", "Accounts", "BuiltInFiles", "FoundationGaps", "JSON"], exclude: ["Formats/README.md"],
                // Strict: a module sees only the members of what it imports itself, not those of
                // Foundation through a module below that still imports it.
                swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]),
        // The workspace in the browser (`mja server`): store (git), sessions, routes and pages.
        .target(name: "Workspace", dependencies: ["AgendaCLI", "Agenda", "BuiltInFiles", "Diagnostics", "Documents", "HTTP", "TOML", "SystemCalls", "Hashing", "Accounts", "FoundationGaps"], exclude: ["README.md"],
                swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]),
        // The release program is linked statically by a command (README, "Installing"), not by flags
        // here: unsafe flags would keep any package that depends on this one from using the product,
        // and a static debug program is 91 MB.
        .executableTarget(name: "mja", dependencies: ["AgendaCLI", "Workspace", "SystemCalls"],
                          swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]),

        // Tools: the toml-test decoder interface and the benchmark runner.
        .executableTarget(name: "toml-test-decoder", dependencies: ["TOML"]),
        .executableTarget(name: "mja-bench", dependencies: ["Diagnostics", "TOML", "Markdown", "Documents", "Agenda", "AgendaCLI", "HTTP", "Hashing", "Accounts", "Workspace"], exclude: ["README.md"]),

        // What tests share: the system programs some of them need (skipped without, failing under CI=true),
        // and the `.timed` trait that reports the slowest tests at the end of `swift test`.
        .target(name: "TestSupport", dependencies: ["HTTP"], path: "Tests/TestSupport"),
        .testTarget(name: "FoundationGapsTests", dependencies: ["FoundationGaps", "TestSupport"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "TestSupport"]),
        .testTarget(name: "DatesTests", dependencies: ["Dates", "TestSupport"]),
        // The conformance suites' data sit beside their tests, read through #filePath.
        .testTarget(name: "TOMLTests", dependencies: ["TOML", "Diagnostics", "TestSupport"], exclude: ["toml-test"]),
        .testTarget(name: "MustacheTests", dependencies: ["Mustache", "Diagnostics", "TestSupport"], exclude: ["spec"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "Documents", "TestSupport"], exclude: ["CommonMark"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "Markdown", "SystemCalls", "TestSupport"]),
        .testTarget(
            name: "AgendaTests", dependencies: ["Agenda", "Diagnostics", "TOML", "JSON", "Mustache", "Markdown", "Documents", "TestSupport"],
            exclude: ["Documents/Golden", "Signals/Fixtures"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON", "Diagnostics", "TestSupport"]),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP", "TestSupport"]),
        .testTarget(name: "WorkspaceTests", dependencies: ["Workspace", "AgendaCLI", "Agenda", "Documents", "Accounts", "Hashing", "HTTP", "TestSupport"]),
        .testTarget(name: "HashingTests", dependencies: ["Hashing", "TestSupport"]),
        .testTarget(name: "SystemCallsTests", dependencies: ["SystemCalls", "TestSupport"]),
        .testTarget(name: "AccountsTests", dependencies: ["Accounts", "Hashing", "Diagnostics", "TestSupport"]),
        .testTarget(name: "AgendaCLITests", dependencies: ["AgendaCLI", "Agenda", "Diagnostics", "Documents", "HTTP", "TestSupport", "Accounts", "BuiltInFiles"]),
    ]
)
