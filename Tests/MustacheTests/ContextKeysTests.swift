import TestSupport
import Testing
@testable import Mustache

/// ``TemplateLibrary/contextKeys(of:)``: a context of only the keys it names renders as the whole
/// context does, held to it on random templates (sections, inverted sections, dotted names, the
/// implicit iterator, partials, parents with blocks) and random contexts.
@Suite(.timed) struct ContextKeysTests {
    @Test func namesTheFirstPartOfEveryNameInEveryIncludedTemplate() throws {
        let library = try TemplateLibrary(sources: [
            "main": "{{a.b}}{{#c}}{{d}}{{^e.f}}{{.}}{{/e.f}}{{/c}}{{> kop}}{{< ouder}}{{$blok}}{{g}}{{/blok}}{{/ouder}}",
            "kop": "{{h}}{{> kop}}{{> ontbreekt}}",
            "ouder": "{{$blok}}{{i}}{{/blok}}{{$ander}}{{j.k}}{{/ander}}",
            "los": "{{niet}}",
        ])
        #expect(library.contextKeys(of: "main") == ["a", "c", "d", "e", "h", "g", "i", "j"])
        #expect(library.contextKeys(of: "los") == ["niet"])
        #expect(library.contextKeys(of: "geen") == [])
    }

    @Test func aDynamicNameMakesTheKeysUnknown() throws {
        let library = try TemplateLibrary(sources: ["main": "{{a}}{{> deel}}", "deel": "{{#b}}{{> *naam}}{{/b}}"])
        #expect(library.contextKeys(of: "main") == nil)
        #expect(library.contextKeys(of: "deel") == nil)
    }

    static let keys = ["a", "b", "c", "d", "e"]

    /// A random dotted name of one to three parts, or now and then `.`.
    static func name(_ random: inout SplitMix64) -> String {
        if Int.random(in: 0..<8, using: &random) == 0 { return "." }
        return (0..<Int.random(in: 1...3, using: &random)).map { _ in keys.randomElement(using: &random)! }.joined(separator: ".")
    }

    /// A random template body of text, values and sections, nested up to `depth`.
    static func body(_ random: inout SplitMix64, depth: Int, partials: Bool) -> String {
        (0..<Int.random(in: 0...5, using: &random)).map { _ -> String in
            switch Int.random(in: 0..<(depth > 0 ? 7 : 3), using: &random) {
            case 0: return "x"
            case 1: return "{{\(name(&random))}}"
            case 2: return partials ? "{{> deel}}" : "y"
            case 3: return partials ? "{{< ouder}}{{$blok}}\(body(&random, depth: depth - 1, partials: false)){{/blok}}{{/ouder}}" : "z"
            default:
                let section = keys.randomElement(using: &random)! + (Bool.random(using: &random) ? "" : "." + keys.randomElement(using: &random)!)
                let sigil = Bool.random(using: &random) ? "#" : "^"
                return "{{\(sigil)\(section)}}\(body(&random, depth: depth - 1, partials: partials)){{/\(section)}}"
            }
        }.joined()
    }

    /// A random value: dictionaries of some of the keys, lists, and scalars.
    static func value(_ random: inout SplitMix64, depth: Int) -> MustacheValue {
        switch Int.random(in: 0..<(depth > 0 ? 7 : 4), using: &random) {
        case 0: return .string(keys.randomElement(using: &random)!)
        case 1: return .bool(Bool.random(using: &random))
        case 2: return .int(Int.random(in: 0...9, using: &random))
        case 3: return .null
        case 4: return .array((0..<Int.random(in: 0...2, using: &random)).map { _ in value(&random, depth: depth - 1) })
        default: return dictionary(&random, depth: depth - 1)
        }
    }

    static func dictionary(_ random: inout SplitMix64, depth: Int) -> MustacheValue {
        var entries: [String: MustacheValue] = [:]
        for key in keys where Int.random(in: 0..<3, using: &random) > 0 { entries[key] = value(&random, depth: depth) }
        return .dictionary(entries)
    }

    /// The output, or the problem without its suggestion (picked from fewer keys, as documented).
    static func render(_ library: TemplateLibrary, _ context: MustacheValue, strict: Strictness) -> Swift.Result<String, MustacheError> {
        do {
            return .success(try library.render("main", with: context, escaping: .html, strict: strict))
        } catch {
            var problem = error
            problem.suggestion = nil
            return .failure(problem)
        }
    }

    @Test func aContextOfTheKeysRendersAsTheWholeContext() throws {
        var random = SplitMix64(state: 38)
        var kept = 0, dropped = 0, failed = 0
        for _ in 0..<2_000 {
            let main = Self.body(&random, depth: 3, partials: true)
            let library = try TemplateLibrary(sources: [
                "main": main,
                "deel": Self.body(&random, depth: 2, partials: false),
                "ouder": "{{$blok}}\(Self.body(&random, depth: 1, partials: false)){{/blok}}",
            ])
            let keys = try #require(library.contextKeys(of: "main"))
            let whole = Self.dictionary(&random, depth: 3)
            guard case .dictionary(let entries) = whole else { continue }
            let lean = MustacheValue.dictionary(entries.filter { keys.contains($0.key) })
            kept += entries.count(where: { keys.contains($0.key) })
            dropped += entries.count(where: { !keys.contains($0.key) })
            for strict in [Strictness(), .all] {
                let expected = Self.render(library, whole, strict: strict)
                #expect(Self.render(library, lean, strict: strict) == expected, "\(main)")
                if case .failure = expected { failed += 1 }
            }
        }
        // The random cases left keys out, kept others, and met problems as well as output.
        #expect(kept > 1_000 && dropped > 1_000 && failed > 100)
    }
}
