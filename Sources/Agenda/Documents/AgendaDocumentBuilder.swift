import Documents
import Markdown
import Mustache

/// Turns an agenda into its documents: the template (Markdown with Mustache) is filled with the
/// agenda's context, escaped for Markdown, parsed into a document tree, and the chart blocks the
/// template asks for are put in. Writers then make Markdown, HTML or Word from the tree.
public struct AgendaDocumentBuilder: Sendable {
    /// The documents of every agenda.
    public enum Part: String, Sendable, CaseIterable {
        /// The five-year policy part.
        case policy = "beleidsdeel"
        /// The two-year execution part.
        case execution = "uitvoeringsdeel"

        /// The name in a title: "Beleidsdeel", "Uitvoeringsdeel".
        public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
    }

    public var templates: TemplateLibrary
    /// Weighs the themes for the scorecards; it holds the workspace the agendas come from.
    public let assessor: CriteriaAssessor
    private var workspace: Workspace { assessor.workspace }

    /// A builder for the agendas of `workspace`.
    public init(templates: TemplateLibrary, workspace: Workspace, options: CheckOptions = CheckOptions()) {
        self.templates = templates
        self.assessor = CriteriaAssessor(workspace: workspace, options: options)
    }

    /// The document tree of one part of an agenda of the builder's workspace.
    public func document(_ part: Part, of agenda: Agenda) throws(MustacheError) -> MarkdownDocument {
        let context = AgendaDocumentContext(agenda: agenda, assessor: assessor).value()
        let markdown = try templates.render(part.rawValue, with: context, escaping: .markdown, strict: .missingPartials)
        let charts = AgendaCharts(agenda: agenda, names: NameLookup(workspace: workspace, agenda: agenda), budget: BudgetSummary(agenda: agenda))
        return Self.insertingCharts(into: MarkdownDocument(parsing: markdown)) { charts.chart(named: $0) }
    }

    /// Replaces every ```` ```grafiek ```` block whose name `chart` knows by that chart. An unknown
    /// name stays as a code block, so a typo in a template shows up in the document.
    static func insertingCharts(into document: MarkdownDocument, chart: (String) -> EmbeddedBlock?) -> MarkdownDocument {
        func replace(_ blocks: [Block]) -> [Block] {
            blocks.map { block in
                switch block {
                case .codeBlock(let info, let text) where info == "grafiek":
                    let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
                    return chart(name).map(Block.embedded) ?? block
                case .blockQuote(let inner):
                    return .blockQuote(replace(inner))
                default:
                    return block
                }
            }
        }
        return MarkdownDocument(blocks: replace(document.blocks))
    }
}

import Foundation
