import Mustache
import Testing

@Suite struct PerformanceTests {
    /// A document-sized template: a table and a list per region, 35 regions with 20 actions each.
    static let template = """
        # {{titel}}

        {{#regios}}
        ## {{naam}} ({{code}})

        {{omschrijving}}

        | Actie | Trekker | Budget | Status |
        |---|---|---|---|
        {{#acties}}
        | {{naam}} | {{trekker}} | {{budget}} | {{#klaar}}klaar{{/klaar}}{{^klaar}}loopt{{/klaar}} |
        {{/acties}}

        {{#acties}}
        - **{{naam}}**: {{toelichting}}
        {{/acties}}
        {{/regios}}
        """

    static let context: MustacheValue = {
        let regions: [MustacheValue] = (1...35).map { region in
            let actions: [MustacheValue] = (1...20).map { action in
                [
                    "naam": "Actie \(region).\(action)", "trekker": "Gemeente \(region)", "budget": .double(Double(action) * 1250.5),
                    "klaar": .bool(action % 3 == 0), "toelichting": "Samen met *partners* & werkgevers [zie bijlage].",
                ]
            }
            return ["naam": "Regio \(region)", "code": .int(region), "omschrijving": "Een regio met <veel> werk.", "acties": .array(actions)]
        }
        return ["titel": "Regionale agenda's", "regios": .array(regions)]
    }()

    @Test func rendersWellUnderAMillisecondPerKilobyte() throws {
        let template = try Template(parsing: Self.template, name: "agenda")
        var output = ""
        let elapsed = ContinuousClock().measure {
            for _ in 0..<5 { output = template.render(Self.context, escaping: .markdown) }
        }
        let kilobytes = Double(output.utf8.count) / 1024
        let perRender = elapsed / 5
        let millisecondsPerKilobyte = Double(perRender.components.attoseconds) / 1e15 / kilobytes
            + Double(perRender.components.seconds) * 1000 / kilobytes
        #expect(kilobytes > 50)
        // Generous so a debug build on a busy machine passes; a release build is far below it.
        #expect(millisecondsPerKilobyte < 0.5, "\(millisecondsPerKilobyte) ms/KB over \(Int(kilobytes)) KB")
        print("Mustache render: \(Int(kilobytes)) KB in \(perRender), \(millisecondsPerKilobyte) ms/KB")
    }
}
