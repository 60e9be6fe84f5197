/// Text made safe for HTML: `&`, `<`, `>`, `"` and `'` escaped, so a title with `<script>` is text.
func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default: result.unicodeScalars.append(character)
        }
    }
    return result
}

/// The frame of every page: the header with the workspace's name, who is signed in and the sign-out
/// button, a skip link, the page's main content. No script anywhere: every action is a form.
struct Layout {
    /// The session's person, nil on the sign-in page.
    var person: Person?
    /// The session's CSRF token, put in every form.
    var csrfToken: String

    /// A whole page titled `title` around `main`; `crumbs` are links above the title.
    func page(_ title: String, crumbs: [(String, String)] = [], _ main: String) -> String {
        var header = "<header class=\"kop\"><p class=\"werkruimte\"><a href=\"/\">Meerjarenagenda's: werkruimte</a></p>"
        if let person {
            header += "<form class=\"afmelden\" method=\"post\" action=\"/afmelden\">\(csrfField)"
                + "<span>Aangemeld als <strong>\(escape(person.displayName))</strong> (\(escape(person.role)))</span> "
                + "<button type=\"submit\">Afmelden</button></form>"
        }
        header += "</header>"
        var trail = ""
        if !crumbs.isEmpty {
            trail = "<nav aria-label=\"Kruimelpad\" class=\"kruimels\"><ol>"
                + crumbs.map { "<li><a href=\"\(escape($0.1))\">\(escape($0.0))</a></li>" }.joined() + "</ol></nav>"
        }
        return """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) - werkruimte</title>
            <style>\(Stylesheet.css)</style>
            </head>
            <body>
            <a class="overslaan" href="#inhoud">Naar de inhoud</a>
            \(header)
            <main id="inhoud">
            \(trail)<h1>\(escape(title))</h1>
            \(main)
            </main>
            </body>
            </html>

            """
    }

    /// The hidden field with the CSRF token.
    var csrfField: String { "<input type=\"hidden\" name=\"csrf\" value=\"\(escape(csrfToken))\">" }
}

/// A message box: `kind` is `fout`, `let-op` or `goed`; `role="alert"` for errors, `status` otherwise.
func notice(_ kind: String, _ html: String) -> String {
    let role = kind == "fout" ? "alert" : "status"
    return "<div class=\"melding \(kind)\" role=\"\(role)\">\(html)</div>"
}

/// A date as git writes it (`2026-12-06T18:30:00+00:00`) as people read it: `6-12-2026 18:30`.
func readableDate(_ iso: String) -> String {
    let parts = iso.split(separator: "T")
    guard parts.count == 2 else { return iso }
    let day = parts[0].split(separator: "-")
    guard day.count == 3, let d = Int(day[2]), let m = Int(day[1]) else { return iso }
    return "\(d)-\(m)-\(day[0]) \(parts[1].prefix(5))"
}
