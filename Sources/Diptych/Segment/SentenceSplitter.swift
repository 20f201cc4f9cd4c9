/// Splits a block's text into sentences, in English or Chinese.
///
/// Sentences are trimmed slices of the input: `text` is exactly the input's scalars from
/// `offset` on, so a sentence can always be found again in its block.
package enum SentenceSplitter {
  /// The sentences of `text`, a block's text written in `language`.
  ///
  /// No sentence is empty or white space; white space between sentences belongs to none; a
  /// stretch that would be punctuation alone joins the sentence before it.
  public static func sentences(in text: String, language: Language) -> [Sentence] {
    let scalars = UnicodeScalars.array(text)
    let ends =
      language.isChinese
      ? ChineseSentenceSplitter.sentenceEnds(in: scalars)
      : EnglishSentenceSplitter.sentenceEnds(in: scalars)
    return SentenceAssembly.sentences(from: scalars, ends: ends, of: text)
  }
}
