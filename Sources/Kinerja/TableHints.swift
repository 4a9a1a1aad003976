import Interpretation
import Tables

extension HeaderHints {
    /// The SAKIP words Interpretation knows, handed to the table stage (which finds tables by
    /// geometry alone; these only raise its confidence about headers and captions).
    static let sakip = HeaderHints(isHeaderText: TableVocabulary.isHeaderText, isSubLabel: TableVocabulary.isSubLabel,
                                   startsRow: TableVocabulary.startsRow, isCaption: TableVocabulary.isCaption)
}
