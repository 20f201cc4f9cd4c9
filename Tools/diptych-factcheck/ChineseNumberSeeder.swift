import Diptych

/// Changes one number of a Chinese paragraph as a user's slip would: any run of digits or Chinese
/// numerals (years, dates, durations, codes, amounts with scale words, ordinals) except the
/// paragraph's own leading label and numerals that are part of an ordinary word (一些, 统一).
///
/// The seeder finds numbers by its own plain rules, not through the checker's scanners, so what
/// the checker cannot read still counts as a change to catch.
struct ChineseNumberSeeder {
  /// One number of a text, by scalar offsets.
  struct Number {
    var range: Range<Int>
    var isChinese: Bool
    /// What kind of number it is, for the report ("year", "code", "scale", "date", ...).
    var kind: String
  }

  static let numeralDigits: [Unicode.Scalar] = ["一", "二", "三", "四", "五", "六", "七", "八", "九"]
  static let numerals: Set<Unicode.Scalar> = Set(
    numeralDigits + ["〇", "零", "两", "十", "百", "千", "万", "亿"])

  /// Words in which a numeral is not a number: changing it gives no other quantity.
  static let words: [String] = [
    "一些", "一致", "统一", "一般", "一切", "一直", "进一步", "一旦", "唯一", "一起", "同一", "一道", "一体",
    "一样", "万一", "一定", "十分", "一律", "一再", "一并", "一向", "一系列", "一贯", "一味", "一概", "千万",
    "一流", "逐一", "不一", "划一", "一同", "一边", "一面", "一度", "一时", "一新", "一揽子", "一经", "万分",
    "百分之", "千方百计", "一带一路", "一国两制", "一方面", "一番", "一下", "一手", "一味", "之一", "一家",
    "一员", "一环", "一部分", "一半", "一路", "一席之地", "一刀切", "一如既往", "一视同仁", "一席", "一概而论",
    "一大", "一线", "一览", "一并", "一无", "一举", "万众", "三思", "再三", "一点", "一带", "一团", "一如", "专一",
    "一笔勾销", "独一无二", "一目了然", "始终如一", "一一", "一中", "一己", "十足", "一应", "合一", "万象",
    "百姓", "千年发展目标", "千年", "万国", "九霄", "八方", "四面", "四处", "五花八门", "七嘴八舌", "乱七八糟",
    // 一 as a determiner ("this", "another", "a certain", "any party", "the Azerbaijani side").
    "这一", "那一", "某一", "另一", "任何一", "前一", "每一", "一侧", "其一", "又一", "第一线", "后一", "一方", "单一", "一级",
    "孤注一掷", "首屈一指", "一劳永逸", "红十字", "三角", "十字路口", "一哄而", "一触即发",
    // Weekdays name a day, not a number; the check compares dates, not weekdays.
    "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日", "周一", "周二", "周三", "周四", "周五", "周六",
  ]

  /// The numbers of `text` a user could mistype.
  static func numbers(in text: String) -> [Number] {
    let scalars = Array(text.unicodeScalars)
    var covered = Array(repeating: false, count: scalars.count)
    for word in words {
      let pattern = Array(word.unicodeScalars)
      var start = 0
      while start + pattern.count <= scalars.count {
        if scalars[start..<start + pattern.count].elementsEqual(pattern) {
          for index in start..<start + pattern.count { covered[index] = true }
        }
        start += 1
      }
    }
    var numbers: [Number] = []
    var index = labelEnd(scalars)
    while index < scalars.count {
      let isDigit = isASCIIDigit(scalars[index])
      let isNumeral = numerals.contains(scalars[index]) && !covered[index]
      guard isDigit || isNumeral else {
        index += 1
        continue
      }
      var end = index
      while end < scalars.count,
        isDigit ? isASCIIDigit(scalars[end]) : numerals.contains(scalars[end]) && !covered[end]
      {
        end += 1
      }
      let hasDigit = scalars[index..<end].contains {
        isDigit || numeralDigits.contains($0) || $0 == "两" || $0 == "十"
      }
      if hasDigit {
        numbers.append(
          Number(range: index..<end, isChinese: !isDigit, kind: kind(scalars, index..<end)))
      }
      index = end
    }
    return numbers
  }

  /// `text` with `number` changed to another value.
  static func change(_ text: String, _ number: Number, using generator: inout SplitMix64) -> String
  {
    var scalars = Array(text.unicodeScalars)
    if number.isChinese {
      let positions = number.range.filter {
        numeralDigits.contains(scalars[$0]) || scalars[$0] == "两" || scalars[$0] == "十"
      }
      guard let position = positions.randomElement(using: &generator) else { return text }
      let current = scalars[position]
      let choices = numeralDigits.filter {
        $0 != current && !(current == "两" && $0 == "二") && !(current == "十" && $0 == "一")
      }
      scalars[position] = choices.randomElement(using: &generator) ?? current
    } else {
      let position = number.range.randomElement(using: &generator) ?? number.range.lowerBound
      let current = Int(scalars[position].value) - 48
      let isLeading = position == number.range.lowerBound && number.range.count > 1
      let choices = (isLeading ? 1...9 : 0...9).filter { $0 != current }
      scalars[position] = Unicode.Scalar(
        UInt8(48 + (choices.randomElement(using: &generator) ?? current)))
    }
    return String(String.UnicodeScalarView(scalars))
  }

  /// The end of the paragraph's own label ("12.", "12.41", "(a)", "三、", "（二）") and its spaces.
  static func labelEnd(_ scalars: [Unicode.Scalar]) -> Int {
    var index = 0
    while index < scalars.count, scalars[index] == " " { index += 1 }
    let start = index
    if index < scalars.count, scalars[index] == "(" || scalars[index] == "（" {
      var end = index + 1
      while end < scalars.count, end - index <= 6, scalars[end] != ")" && scalars[end] != "）" {
        end += 1
      }
      if end < scalars.count, end - index <= 6 { index = end + 1 }
    } else {
      var end = index
      while end < scalars.count,
        isASCIIDigit(scalars[end]) || scalars[end] == "." || scalars[end] == "．"
          || numerals.contains(scalars[end])
      {
        end += 1
      }
      if end > index, end < scalars.count,
        scalars[end] == " " || scalars[end] == "、" || scalars[end - 1] == "."
          || scalars[end - 1] == "．"
      {
        index = end
      }
    }
    guard index > start else { return start }
    while index < scalars.count, scalars[index] == " " || scalars[index] == "、" { index += 1 }
    return index
  }

  private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar)
  }

  /// A rough class of a number by its neighbours, for the report.
  private static func kind(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> String {
    let before = range.lowerBound > 0 ? scalars[range.lowerBound - 1] : " "
    let after = range.upperBound < scalars.count ? scalars[range.upperBound] : " "
    if before.properties.isAlphabetic && !before.properties.isIdeographic
      || before == "-" && range.lowerBound > 1
        && scalars[range.lowerBound - 2].properties.isAlphabetic
        && !scalars[range.lowerBound - 2].properties.isIdeographic
    {
      return "code"
    }
    if after == "年" { return range.count == 4 ? "year" : "years" }
    if after == "月" || after == "日" { return "date" }
    if after == "万" || after == "亿" || after == "千" || after == "." { return "amount" }
    if after == "%" || before == "之" { return "percentage" }
    if before == "第" { return "ordinal" }
    if before == "/" || after == "/" { return "symbol" }
    return scalars[range.lowerBound].properties.isIdeographic ? "chinese numeral" : "number"
  }
}
