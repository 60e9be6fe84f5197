import FoundationEssentials
import FoundationGaps
#if canImport(Glibc)
import Glibc
#endif

/// `mja installeer [--prefix DIR]`: puts the running program on the PATH with its manual page and
/// shell completions, under `~/.local` by default. Run it from the release build, which it is meant
/// for: `swift run -c release mja installeer`.
struct InstallCommand: Command {
    let name = "installeer"
    let aliases = ["install"]
    let summary = LocalizedText("Zet mja op het PATH, met de handleiding en aanvullen voor bash, zsh en fish",
                                "Puts mja on the PATH, with its manual page and completion for bash, zsh and fish")
    let discussion: LocalizedText? = LocalizedText(
        "Kopieert dit programma naar PREFIX/bin/mja, de handleiding naar PREFIX/share/man/man1/mja.1 en de aanvulscripts naar PREFIX/share/bash-completion/completions/mja, PREFIX/share/zsh/site-functions/_mja en PREFIX/share/fish/vendor_completions.d/mja.fish. Elk bestand wordt in één keer vervangen. Gebruik de releaseversie: swift run -c release mja installeer.",
        "Copies this program to PREFIX/bin/mja, the manual page to PREFIX/share/man/man1/mja.1 and the completion scripts to PREFIX/share/bash-completion/completions/mja, PREFIX/share/zsh/site-functions/_mja and PREFIX/share/fish/vendor_completions.d/mja.fish. Each file is replaced in one step. Use the release build: swift run -c release mja installeer.")
    let options: [Option] = [
        .value("prefix", aliases: ["voorvoegsel"], placeholder: "MAP", default: "~/.local",
               summary: LocalizedText("Waar mja komt: PREFIX/bin, PREFIX/share", "Where mja goes: PREFIX/bin, PREFIX/share")),
    ]
    let examples = [
        Example("swift run -c release mja installeer", LocalizedText("Bouwt de releaseversie en zet mja in ~/.local/bin", "Builds the release program and puts mja in ~/.local/bin")),
        Example("mja installeer --prefix /usr/local", LocalizedText("Voor iedereen op deze computer (met sudo)", "For everyone on this computer (with sudo)")),
    ]

    /// The files written below the prefix, by the shell or page they are for.
    static let places = (
        program: "bin/mja", manual: "share/man/man1/mja.1",
        bash: "share/bash-completion/completions/mja", zsh: "share/zsh/site-functions/_mja",
        fish: "share/fish/vendor_completions.d/mja.fish")

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        var prefix = invocation.option("prefix") ?? "~/.local"
        if prefix == "~" || prefix.hasPrefix("~/") {
            let home = context.environment["HOME"] ?? ProgramFile.homeFolder
            prefix = home + prefix.dropFirst()
        }
        guard let program = Self.runningProgram() else {
            throw CommandError(LocalizedText("het pad van dit programma is niet te vinden", "the path of this program cannot be found"))
        }
        let completion = ShellCompletion.standard(registry: context.registry)
        let files: [(String, Data, mode_t)] = [
            (Self.places.program, try Data(contentsOf: URL(fileURLWithPath: program)), 0o755),
            (Self.places.manual, Data(ManualPage(registry: context.registry).roff().utf8), 0o644),
            (Self.places.bash, Data(completion.script(for: .bash).utf8), 0o644),
            (Self.places.zsh, Data(completion.script(for: .zsh).utf8), 0o644),
            (Self.places.fish, Data(completion.script(for: .fish).utf8), 0o644),
        ]
        for (relative, data, mode) in files {
            let path = prefix + "/" + relative
            do {
                try FileManager.default.createDirectory(atPath: FileOutput.folder(of: path), withIntermediateDirectories: true)
                // Replaced by rename: a running mja keeps its old program file, and a copy stopped
                // halfway never leaves half a program on the PATH.
                try FileOutput.write(data, to: path)
                chmod(path, mode)
            } catch {
                throw CommandError(FileSystemMessage.text(for: error)
                    ?? LocalizedText("'\(path)' kan niet worden geschreven", "'\(path)' cannot be written"))
            }
            context.console.writeLine(path)
        }
        #if DEBUG
        context.console.writeLine(context.text(
            "Let op: dit is de debugversie (traag). Installeer de releaseversie met: swift run -c release mja installeer",
            "Note: this is the debug build (slow). Install the release build with: swift run -c release mja installeer"), to: .error)
        #endif
        let bin = prefix + "/bin"
        let onPath = (context.environment["PATH"] ?? "").split(separator: ":").contains { $0 == bin || $0 == bin + "/" }
        context.console.writeLine(context.text(
            onPath ? "mja staat op het PATH; 'mja --version' zegt welke versie." : "\(bin) staat niet op het PATH: voeg toe aan ~/.bashrc of ~/.profile: export PATH=\"\(bin):$PATH\"",
            onPath ? "mja is on the PATH; 'mja --version' says which version." : "\(bin) is not on the PATH: add to ~/.bashrc or ~/.profile: export PATH=\"\(bin):$PATH\""))
        return .success
    }

    /// The file of the running program (`/proc/self/exe` on Linux).
    static func runningProgram() -> String? {
        ProgramFile.executablePath
    }
}
