/// The lists of a document: the list items under each paragraph, by the paragraph's index.
struct ListStructure {
  private var items: [Int: [Int]] = [:]

  init(_ document: Document) {
    // Read in place: a `Block` copied out of the array costs a retain of each of its fields.
    let blocks = document.blocks
    for index in blocks.indices where blocks[index].kind == .listItem {
      if let parent = blocks[index].parent { items[parent, default: []].append(index) }
    }
  }

  /// The indices of the list items under the paragraph at `index`.
  func items(of index: Int) -> [Int] { items[index] ?? [] }

  /// The list items under any of the given paragraphs, in order.
  func items(of indices: [Int]) -> [Int] { indices.flatMap { items(of: $0) } }
}
