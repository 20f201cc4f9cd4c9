// TEMPORARY: replaced by the text branch at merge.
public enum SentenceSplitter {
  public static func sentences(in text: String, language: Language) -> [Sentence] {
    var result: [Sentence] = []
    var current = ""
    var start = 0
    var offset = 0
    let enders: Set<Character> = language.isChinese ? ["。", "！", "？", "；"] : [".", "!", "?"]
    let chars = Array(text)
    for (i, c) in chars.enumerated() {
      if current.isEmpty && c.isWhitespace { offset += c.unicodeScalars.count; start = offset; continue }
      current.append(c)
      offset += c.unicodeScalars.count
      let next = i + 1 < chars.count ? chars[i + 1] : " "
      if enders.contains(c) && (language.isChinese || next.isWhitespace) {
        result.append(Sentence(text: current.trimmingWhitespace(), offset: start)); current = ""; start = offset
      }
    }
    if !current.trimmingWhitespace().isEmpty { result.append(Sentence(text: current.trimmingWhitespace(), offset: start)) }
    return result
  }
}
