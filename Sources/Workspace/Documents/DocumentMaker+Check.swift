import AgendaCLI
import FoundationEssentials

extension DocumentMaker {
    /// The findings of `mja check` for `agenda` as if its file held `text`: the real command, run
    /// in this process on the workspace's files with `text` read in place of the agenda's file.
    /// Nothing is written, nothing is cached (the text is not the workspace's).
    ///
    /// It does not wait for the documents being made (a check of one agenda takes a fraction of a
    /// second; a PDF can take seconds): the site lets each session have one check at a time.
    public func check(_ agenda: AgendaFile, text: String) -> [CheckFinding] {
        let path = store.path(of: agenda)
        let console = CapturingConsole()
        _ = MJA.run(["check", path, "--format", "json"],
                    environment: ["LANG": "nl_NL.UTF-8"], console: console, replacements: [path: Array(text.utf8)])
        return CheckFinding.parse(json: console.output, relativeTo: store.folder)[agenda.path] ?? []
    }
}
