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
    ],
    targets: [
        // Generic building blocks.
        .target(name: "Diagnostics"),
        .target(name: "TOML", dependencies: ["Diagnostics"]),
        .target(name: "Mustache", dependencies: ["Diagnostics"]),
        .target(name: "Documents"),
        .target(name: "Markdown", dependencies: ["Documents"]),
        // HTTP/1.1 on loopback sockets: requests, responses, limits (under the live preview).
        .target(name: "HTTP"),

        // The domain and the command line.
        .target(name: "Agenda", dependencies: ["Diagnostics", "TOML", "Mustache", "Markdown", "Documents"]),
        .target(name: "AgendaCLI", dependencies: ["Agenda", "Diagnostics", "Documents", "Mustache", "HTTP"]),
        // One static program, C library and C++ runtime included: a command on one agenda is started
        // many times a day (and by the preview on every save). Linked against shared libraries, the
        // loader spent 3 of the 6 ms of `mja help` on finding symbols and applying 78,000
        // relocations. Only the program; the libraries and tests stay plain. It names no host or
        // user (no NSS lookups, which a static C library cannot load), and the heap and stack are
        // still placed at random. lld (part of the Swift toolchain) because the GNU linker warns
        // about glibc's `mktemp` inside the static Foundation on every first build.
        .executableTarget(
            name: "mja", dependencies: ["AgendaCLI"],
            swiftSettings: [.unsafeFlags(["-static-executable"], .when(platforms: [.linux]))],
            linkerSettings: [.unsafeFlags(["-static-executable", "-use-ld=lld"], .when(platforms: [.linux]))]),

        // Tools: the toml-test decoder interface and the benchmark runner.
        .executableTarget(name: "toml-test-decoder", dependencies: ["TOML"]),
        .executableTarget(name: "mja-bench", dependencies: ["Diagnostics", "TOML", "Markdown", "Documents", "Agenda", "AgendaCLI", "HTTP"]),

        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "TOMLTests", dependencies: ["TOML", "Diagnostics"]),
        .testTarget(name: "MustacheTests", dependencies: ["Mustache", "Diagnostics"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "Documents"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "Markdown"]),
        .testTarget(
            name: "AgendaTests", dependencies: ["Agenda", "Diagnostics", "TOML", "Mustache", "Markdown", "Documents"],
            exclude: ["Documents/Golden", "Signals/Fixtures"]),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP"]),
        .testTarget(name: "AgendaCLITests", dependencies: ["AgendaCLI", "Agenda", "Diagnostics", "Documents", "HTTP"]),
    ]
)
