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
        .target(name: "Diagnostics"),
        .target(name: "TOML", dependencies: ["Diagnostics"]),
        .target(name: "Mustache", dependencies: ["Diagnostics"]),
        .target(name: "Documents", exclude: ["README.md", "PDF/Fonts"]),
        .target(name: "Markdown", dependencies: ["Documents"]),
        // HTTP/1.1 on loopback sockets: requests, responses, limits (under the live preview).
        .target(name: "HTTP", exclude: ["README.md"]),
        // SHA-256, HMAC, PBKDF2, constant-time comparison and system randomness (under the accounts).
        .target(name: "Hashing", exclude: ["README.md", "generate-compression.py"]),
        // The system calls Swift does not import (syncfs), as plain C functions.
        .target(name: "SystemCalls", exclude: ["README.md"]),

        // The domain and the command line.
        .target(name: "Agenda", dependencies: ["Diagnostics", "TOML", "Mustache", "Markdown", "Documents"], exclude: ["README.md"]),
        // Accounts, roles and rights of the workspace server, and the accounts file.
        .target(name: "Accounts", dependencies: ["Hashing", "TOML", "Diagnostics"], exclude: ["README.md"]),
        .target(name: "AgendaCLI", dependencies: ["Agenda", "Diagnostics", "Documents", "Mustache", "HTTP", "SystemCalls", "Accounts"]),
        // The workspace in the browser (`mja server`): store (git), sessions, routes and pages.
        .target(name: "Workspace", dependencies: ["AgendaCLI", "HTTP", "TOML", "SystemCalls", "Hashing", "Accounts"], exclude: ["README.md"]),
        // The release program is linked statically by a command (README, "Installing"), not by flags
        // here: unsafe flags would keep any package that depends on this one from using the product,
        // and a static debug program is 91 MB.
        .executableTarget(name: "mja", dependencies: ["AgendaCLI", "Workspace"]),

        // Tools: the toml-test decoder interface and the benchmark runner.
        .executableTarget(name: "toml-test-decoder", dependencies: ["TOML"]),
        .executableTarget(name: "mja-bench", dependencies: ["Diagnostics", "TOML", "Markdown", "Documents", "Agenda", "AgendaCLI", "HTTP", "Hashing", "Accounts"], exclude: ["README.md"]),

        // What tests share: the system programs some of them need (skipped without, failing under CI=true).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        // The conformance suites' data sit beside their tests, read through #filePath.
        .testTarget(name: "TOMLTests", dependencies: ["TOML", "Diagnostics"], exclude: ["toml-test"]),
        .testTarget(name: "MustacheTests", dependencies: ["Mustache", "Diagnostics"], exclude: ["spec"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "Documents"], exclude: ["CommonMark"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "Markdown", "TestSupport"]),
        .testTarget(
            name: "AgendaTests", dependencies: ["Agenda", "Diagnostics", "TOML", "Mustache", "Markdown", "Documents", "TestSupport"],
            exclude: ["Documents/Golden", "Signals/Fixtures"]),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP"]),
        .testTarget(name: "WorkspaceTests", dependencies: ["Workspace", "AgendaCLI", "Accounts", "Hashing", "HTTP", "TestSupport"]),
        .testTarget(name: "HashingTests", dependencies: ["Hashing"]),
        .testTarget(name: "AccountsTests", dependencies: ["Accounts", "Hashing", "Diagnostics"]),
        .testTarget(name: "AgendaCLITests", dependencies: ["AgendaCLI", "Agenda", "Diagnostics", "Documents", "HTTP", "TestSupport", "Accounts"]),
    ]
)
