// TEMPORARY: replaced by the text branch at merge.
public enum DisplayWidth {
  public static func columns(of text: some StringProtocol) -> Int {
    text.reduce(0) { $0 + ($1.isCJK ? 2 : 1) }
  }
}
