import DiptychXML

/// Queries over a parsed HTML page, as a reader's browser would see it.
extension XMLTree.Element {
  /// This element and every element inside it, in document order.
  var descendantsAndSelf: [XMLTree.Element] {
    [self] + elements.flatMap(\.descendantsAndSelf)
  }

  /// The elements named `name` whose class list holds `className`.
  func all(_ name: String, class className: String? = nil) -> [XMLTree.Element] {
    descendantsAndSelf.filter { element in
      element.name == name && (className.map { element.classes.contains($0) } ?? true)
    }
  }

  /// The words of the `class` attribute.
  var classes: [String] {
    (attribute("class") ?? "").split(separator: " ").map(String.init)
  }
}
