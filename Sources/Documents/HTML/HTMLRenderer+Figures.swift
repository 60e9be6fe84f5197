extension HTMLRenderer {
    /// A figure: its title, the drawing (inline SVG with a title and description for screen
    /// readers) beside the table of its numbers, and its source. A matrix is a table shaded by count.
    mutating func figure(_ figure: Figure) {
        newline()
        if case .matrix(let matrix) = figure.content {
            write("<figure class=\"grafiek-figuur matrix-figuur\">\n")
            openScrollBox(name: scrollBoxName(caption: figure.data.caption.isEmpty ? figure.title : figure.data.caption, headings: []))
            self.matrix(matrix, caption: figure.data.caption)
            write("</div>\n")
        } else {
            write("<figure class=\"grafiek-figuur\">\n<figcaption>"); escaped(figure.title); write("</figcaption>\n")
            write("<div class=\"grafiek-inhoud\">\n")
            switch figure.content {
            case .bars(let chart): write(string: chart.svg())
            case .horizontalBars(let chart): write(string: chart.svg())
            case .timeline(let chart): write(string: chart.svg())
            case .regionMap(let map): write(string: map.svg())
            case .line(let chart): write(string: chart.svg())
            case .matrix: break
            }
            write("\n<div class=\"grafiek-tabel\">\n")
            var data = figure.data
            data.caption = ""  // the figcaption says it
            table(data)
            write("</div>\n</div>\n")
        }
        if !figure.source.isEmpty { write("<p class=\"bron\">"); escaped(figure.source); write("</p>\n") }
        write("</figure>\n")
    }

    /// The matrix as a table: row labels as row headers, column labels turned a quarter (read
    /// bottom to top) so that many columns fit a screen and an A4 page, cells shaded by count with
    /// the number in them (empty for 0), the row total in bold, and a legend of the shades.
    private mutating func matrix(_ matrix: CountMatrix, caption: String) {
        let scale = matrix.scale
        write("<table class=\"matrix\">\n")
        if !caption.isEmpty { write("<caption>"); escaped(caption); write("</caption>\n") }
        write("<thead>\n<tr><th scope=\"col\">"); escaped(matrix.rowHeading); write("</th>")
        for column in matrix.columns { write("<th scope=\"col\" class=\"gedraaid\"><span>"); escaped(column); write("</span></th>") }
        write("<th scope=\"col\">"); escaped(matrix.totalHeading); write("</th></tr>\n</thead>\n<tbody>\n")
        for (row, label) in matrix.rows.enumerated() {
            write("<tr><th scope=\"row\">"); escaped(label); write("</th>")
            for count in matrix.counts[row] {
                write("<td class=\"getal\" style=\""); shade(count, scale); write("\">")
                if count != 0 { write(string: String(count)) }
                write("</td>")
            }
            write("<td class=\"getal\"><strong>"); write(string: String(matrix.totals[row])); write("</strong></td></tr>\n")
        }
        write("</tbody>\n</table>\n")
        guard !scale.classes.isEmpty else { return }
        write("<p class=\"matrix-legenda\">"); escaped(matrix.scaleWord); write(": ")
        for (index, range) in scale.classes.enumerated() {
            if index > 0 { write(" ") }
            write("<span style=\""); shade(range.lowerBound, scale); write("\">"); escaped(ShadeScale.label(range)); write("</span>")
        }
        write(" "); escaped(matrix.unit); write("; "); escaped(matrix.emptyCellNote); write(".</p>\n")
    }

    private mutating func shade(_ count: Int, _ scale: ShadeScale) {
        write("background-color:"); write(string: scale.cssColor(count))
        write(scale.isDark(count) ? ";color:#fff" : ";color:#000")
    }
}
