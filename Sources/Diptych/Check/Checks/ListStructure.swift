/// The lists of a document: the list items under each paragraph, by the paragraph's index.
struct ListStructure {
  private var items: [Int: [Int]] = [:]

  init(_ document: Document) {
    for (index, block) in document.blocks.enumerated() where block.kind == .listItem {
      if let parent = block.parent { items[parent, default: []].append(index) }
    }
  }

  /// The indices of the list items under the paragraph at `index`.
  func items(of index: Int) -> [Int] { items[index] ?? [] }

  /// The list items under any of the given paragraphs, in order.
  func items(of indices: [Int]) -> [Int] { indices.flatMap { items(of: $0) } }
}
