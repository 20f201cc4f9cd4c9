/// The words around a Chinese number that say what it counts.
enum ChineseNumberWords {
  /// Measure words and units after a number ("五场", "17 个", "30天"); only these make a run of
  /// Chinese numerals a fact, since 一, 两, 十 and 万 also occur inside ordinary words.
  static let classifiers = Set<Character>([
    "个", "名", "项", "次", "届", "场", "年", "月", "日", "天", "周", "岁", "人", "倍", "种", "类", "份",
    "件", "位", "起", "条", "款", "段", "章", "节", "国", "家", "所", "座", "架", "辆", "艘", "枚", "批",
    "轮", "期", "组", "部", "套", "层", "级", "例", "片", "吨", "元", "票", "席", "页", "篇", "本", "台",
    "头", "张", "大", "块", "处", "加", "间", "支", "栋", "号", "句", "股", "笔", "宗", "颗", "户", "员", "季", "册",
    "卷",
    "版", "点", "栏", "集", "剂", "株", "顿", "遍", "代", "根", "支", "堵", "波", "案", "者", "封", "幅",
    "群", "方", "边",
  ])

  /// Multi-character units after a number.
  static let unitWords: [String] = [
    "小时", "分钟", "星期", "公里", "千米", "公顷", "公斤", "美元", "欧元", "英镑", "日元", "法郎", "世纪",
    "百分点", "平方", "立方", "兆瓦", "千瓦", "加元", "澳元", "瑞士法郎", "人民币", "里亚尔", "卢比", "方面",
  ]

  /// Nouns before a numeral that make it a reference number ("附件三", "表二").
  static let referencePrefixes: [String] = ["附件", "附录", "附表", "表", "图", "卷", "阶段", "备选方案", "备选办法"]

  /// Nouns a figure right after numbers ("次级方案4", "目标16"): the figure is no footnote call.
  static let numberedNouns: [String] = ["方案", "目标", "指标", "建议", "规则", "项目", "议题", "专题"]

  /// What a number can be followed by to be a range ("2025至2027年", "2014-2015年").
  static let rangeMarks: Set<Unicode.Scalar> = ["至", "到", "~", "～"]

  /// What joins dates in a list ("3月1日和2日").
  static let listMarks: Set<Unicode.Scalar> = ["和", "、", "及", "或", "与", ",", "，"]

  /// Times of day before a clock time ("上午11时").
  static let dayParts: [String] = ["上午", "下午", "中午", "晚上", "凌晨", "早上", "傍晚"]

  /// Words that follow a number but are not a fact ("2019冠状病毒病").
  static let nameSuffixes: [String] = ["冠状病毒"]

  /// Conferences numbered by a numeral right after their short name (人居三 = "Habitat III").
  static let numberedConferences: [String] = ["人居"]

  /// Words before a count that point back to things already named ("这二家", "上述三项").
  static let pointingWords: [String] = ["这", "该", "此", "上述", "前述", "上列", "以上", "这些", "所述"]

  /// Verbs and particles that end a name: a list of names before a count has none in its last name.
  static let clauseWords: Set<Unicode.Scalar> = [
    "是", "有", "为", "了", "在", "将", "的", "把", "对", "向", "从", "由", "使",
  ]

  /// Words made of a numeral and a measure word that state no number ("四处" is everywhere).
  static let idioms: [String] = [
    "四处", "四面八方", "一年一度", "一次性", "一体", "一道", "一带一路", "另一方面", "一方面", "同一", "唯一",
  ]

  /// Words and names with a numeral 二–九 that counts nothing: a numeral in one of them is no
  /// bare count ("三角合作" is triangular cooperation, "再三强调" stresses repeatedly).
  static let wordsWithNumerals: [String] = [
    "三角", "三聚氰胺", "五角大楼", "三明治", "再三", "独一无二", "接二连三", "五花八门", "三令五申", "四分五裂",
    "一清二楚", "三心二意", "七嘴八舌", "说三道四", "丢三落四", "颠三倒四", "不三不四", "三番五次", "四川", "三峡",
    "三亚", "九江", "九龙", "九寨沟", "三星", "三菱",
  ]
}
