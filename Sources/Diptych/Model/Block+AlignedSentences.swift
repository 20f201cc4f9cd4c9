// The aligner, the model's accessors, the evaluation and the writers must count a block's
// sentences the same way: a block the splitter left without sentences counts as one sentence,
// its whole text.
extension Block {
  /// The block's sentences, or its whole text as one sentence when it has none.
  var sentencesOrWholeBlock: [Sentence] {
    sentences.isEmpty ? [Sentence(text: text, offset: 0)] : sentences
  }

  /// The texts of `sentencesOrWholeBlock`.
  var sentencesOrWholeText: [String] { sentences.isEmpty ? [text] : sentences.map(\.text) }
}

extension Document {
  /// The index, counted through the document, of each block's first sentence (as
  /// `Block.sentencesOrWholeText` counts them), then the document's sentence count.
  var sentenceStarts: [Int] {
    blocks.reduce(into: [0]) { starts, block in
      starts.append(starts.last! + max(1, block.sentences.count))
    }
  }
}
