internal import DiptychXML

/// Reading helpers for WordprocessingML elements, which use the `w:` prefix by convention but
/// may bind any prefix: names are matched on the local name.
extension XMLTree.Element {
  /// The first child element with this local name.
  func child(_ localName: String) -> XMLTree.Element? {
    elements.first { $0.localName == localName }
  }

  /// The child elements with this local name.
  func children(_ localName: String) -> [XMLTree.Element] {
    elements.filter { $0.localName == localName }
  }

  /// The value of the attribute with this local name (`w:val`, `val`).
  func value(_ localName: String) -> String? {
    attributes.first { attribute in
      attribute.name == localName || attribute.name.hasSuffix(":" + localName)
    }?.value
  }

  /// The integer value of the attribute with this local name.
  func integer(_ localName: String) -> Int? {
    value(localName).flatMap { Int($0) }
  }

  /// Whether an on/off property is on: present, without `w:val` or with a true value.
  var isOn: Bool {
    guard let value = value("val") else { return true }
    return !["0", "false", "off"].contains(value)
  }
}
