/// The years in which Security Council resolutions were adopted, by number: "resolution 2118
/// (2013)" is the only form that writes a resolution's number and its year, and the Council
/// numbers its resolutions in order, so the number says the year to within one or two.
///
/// A version that cites "resolution 2118" without its year leaves the other's "(2013)" to be
/// read as the number says: "第2118(2043)号决议" is a changed year.
enum SecurityCouncilYears {
  /// A resolution number every hundred from 1,000 and the year it was adopted.
  private static let anchors: [(number: Int, year: Int)] = [
    (1000, 1995), (1100, 1997), (1200, 1998), (1300, 2000), (1400, 2002), (1500, 2003),
    (1600, 2005), (1700, 2006), (1800, 2008), (1900, 2009), (2000, 2011), (2100, 2013),
    (2200, 2015), (2300, 2016), (2400, 2018), (2500, 2019), (2600, 2021), (2700, 2023),
  ]

  /// Whether resolution `number` can have been adopted in `year`: between the years of the
  /// anchors around it, a year of slack either side. Numbers below 1,000 may have any year, since
  /// other bodies number their texts so too ("general recommendation No. 29" =
  /// 第29（2013）号一般性建议), and so may numbers past the last anchor.
  static func allows(number: String, year: String) -> Bool {
    guard let number = Int(number), let year = Int(year), number >= 1000,
      let upper = anchors.firstIndex(where: { $0.number >= number })
    else { return true }
    let lower = anchors[upper].number == number ? upper : upper - 1
    return (anchors[lower].year - 1...anchors[upper].year + 1).contains(year)
  }
}
