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

        // The domain and the command line.
        .target(name: "Agenda", dependencies: ["Diagnostics", "TOML", "Mustache", "Markdown", "Documents"]),
        .target(name: "AgendaCLI", dependencies: ["Agenda", "Diagnostics", "Documents", "Mustache"]),
        // Linked with the Swift runtime and Foundation inside: a command on one agenda is started many
        // times a day (and by the preview on every save), and resolving the shared libraries' symbols
        // took 15 of the 35 ms of a `mja check` of one agenda. Only the program; the libraries stay plain.
        // lld (part of the Swift toolchain) because the GNU linker warns about glibc's `mktemp` inside
        // the static Foundation on every first build. Not position-independent: a PIE of this size has
        // 78,000 relocations that the loader applies at every start, touching some 200 pages (1 of the
        // 5 ms of `mja help`); the libraries, heap and stack are still placed at random.
        .executableTarget(
            name: "mja", dependencies: ["AgendaCLI"],
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux]))],
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-use-ld=lld", "-Xclang-linker", "-no-pie"], .when(platforms: [.linux]))]),

        // Tools: the toml-test decoder interface and the benchmark runner.
        .executableTarget(name: "toml-test-decoder", dependencies: ["TOML"]),
        .executableTarget(name: "mja-bench", dependencies: ["Diagnostics", "TOML", "Markdown", "Documents", "Agenda", "AgendaCLI"]),

        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "TOMLTests", dependencies: ["TOML", "Diagnostics"]),
        .testTarget(name: "MustacheTests", dependencies: ["Mustache", "Diagnostics"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "Documents"]),
        .testTarget(name: "DocumentsTests", dependencies: ["Documents", "Markdown"]),
        .testTarget(
            name: "AgendaTests", dependencies: ["Agenda", "Diagnostics", "TOML", "Mustache", "Markdown", "Documents"],
            exclude: ["Documents/Golden", "Signals/Fixtures"]),
        .testTarget(name: "AgendaCLITests", dependencies: ["AgendaCLI", "Agenda", "Diagnostics", "Documents"]),
    ]
)
