/// A run of digits in a block's text that may be a footnote call.
struct FootnoteCandidate: Sendable, Hashable {
  /// How the call was printed; definite forms outweigh the guesses in sequence selection.
  enum Form: Sendable, Hashable {
    /// A superscript digit ("¹"): certainly a call.
    case definite
    /// A bracketed number ("[1]", text saved from HTML): a call, or a reference to a document
    /// ("article [18]"), so alone it is a call only as footnote 1 or with a body of its number.
    case bracketed
    /// A number before a slash ("word 1/", "意见1/。"), the older UN style: certainly a call.
    case slashed
    /// A number after punctuation ("in 2021, 1 aiming", "item. 2", "2024.1").
    case afterPunctuation
    /// Digits glued to a word or to Chinese text ("Declaration8", "基石。7工作组").
    case glued
    /// Digits between a Chinese word and its punctuation ("磋商4，", "意见5。"): the typical call.
    case gluedBeforePunctuation
    /// The tail of a year range ("2001-20107").
    case gluedToNumber
    /// A number alone on its line.
    case loneLine
  }

  /// The block the candidate is in.
  var block: Int
  /// The characters the call occupies in the block's text (Character indices).
  var range: Range<Int>
  /// The characters to delete when the call is removed (the call and a space it leaves behind).
  var removal: Range<Int>
  /// The footnote number.
  var number: Int
  /// How the call was printed.
  var form: Form
  /// The call as printed.
  var marker: String

  /// The weight of the candidate in sequence selection.
  var weight: Double {
    switch form {
    case .definite, .bracketed, .slashed: 3
    case .gluedBeforePunctuation: 2
    case .glued, .gluedToNumber, .afterPunctuation, .loneLine: 1
    }
  }
}
