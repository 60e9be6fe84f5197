import Documents

/// What the live preview (`mja voorbeeld`) adds to a page it serves, and only there: a script that
/// reloads the page when a new version is built, and, while the last build had problems, a block at
/// the top that lists them, above the last good document. Documents written to disk never pass here.
enum PreviewOverlay {
    /// The path the preview serves the reload script at.
    static let scriptPath = "/__mja/voorbeeld.js"
    /// The path of the stream of build versions (Server-Sent Events) the script listens to.
    static let eventsPath = "/__mja/versies"

    /// `page` (an HTML page as `HTMLPage` writes it) with the reload script of `version` before
    /// `</body>` and, when `problems` is not empty, a block with `heading` and them right after `<body>`.
    static func inject(into page: [UInt8], version: Int, problems: String, heading: String) -> [UInt8] {
        let bodyStart = firstRange(of: Array("<body>".utf8), in: page)?.upperBound ?? 0
        let bodyEnd = max(bodyStart, lastRange(of: Array("</body>".utf8), in: page)?.lowerBound ?? page.count)
        var output: [UInt8] = []
        output.reserveCapacity(page.count + problems.utf8.count + 1024)
        output += page[..<bodyStart]
        if !problems.isEmpty {
            output += Array("""

                <section role="alert" style="margin:0 0 2em;padding:1em 1.5em;border:3px solid #b00020;background:#fff4f4;color:#000;font:15px/1.4 sans-serif">
                <h2 style="margin:0 0 .5em;color:#b00020;font-size:20px">
                """.utf8)
            output += escaped(heading)
            output += Array("</h2>\n<pre style=\"white-space:pre-wrap;margin:0;font:13px/1.4 monospace\">".utf8)
            output += escaped(problems)
            output += Array("</pre>\n</section>\n".utf8)
        }
        output += page[bodyStart..<bodyEnd]
        output += Array("<script src=\"\(scriptPath)\" data-versie=\"\(version)\"></script>\n".utf8)
        output += page[bodyEnd...]
        return output
    }

    /// A page of its own for the problems, while no good document exists yet.
    static func problemsPage(version: Int, problems: String, heading: String) -> [UInt8] {
        let page = Array("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>mja voorbeeld</title>\n</head>\n<body>\n</body>\n</html>\n".utf8)
        return inject(into: page, version: version, problems: problems, heading: heading)
    }

    /// The reload script: listens to the versions; when the one announced differs from the page's
    /// own, it reloads, keeping the scroll position.
    static let script = """
        (function () {
          "use strict";
          var own = document.currentScript && document.currentScript.getAttribute("data-versie");
          var key = "mja-voorbeeld-scroll:" + location.pathname;
          var saved = sessionStorage.getItem(key);
          if (saved !== null) { sessionStorage.removeItem(key); window.scrollTo(0, Number(saved)); }
          var events = new EventSource("\(eventsPath)");
          events.onmessage = function (event) {
            if (event.data !== own) {
              sessionStorage.setItem(key, String(window.scrollY));
              events.close();
              location.reload();
            }
          };
        })();

        """

    private static func escaped(_ text: String) -> [UInt8] {
        Array(HTMLText.escaped(text).utf8)
    }

    private static func firstRange(of pattern: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        guard bytes.count >= pattern.count else { return nil }
        for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] && bytes[start..<start + pattern.count].elementsEqual(pattern) {
            return start..<start + pattern.count
        }
        return nil
    }

    private static func lastRange(of pattern: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        guard bytes.count >= pattern.count else { return nil }
        for start in stride(from: bytes.count - pattern.count, through: 0, by: -1)
        where bytes[start] == pattern[0] && bytes[start..<start + pattern.count].elementsEqual(pattern) {
            return start..<start + pattern.count
        }
        return nil
    }
}
