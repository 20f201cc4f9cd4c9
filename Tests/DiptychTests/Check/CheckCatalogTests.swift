import Testing

@testable import Diptych

/// The catalog and the codes agree: each check reports the codes that name it (a check may also
/// report a related code another check owns: number-mismatch says year-convention for durations).
@Suite struct CheckCatalogTests {
  private let glossary = Glossary(entries: [.init(english: ["outer space"], chinese: ["外层空间"])])

  @Test(arguments: CheckCatalog.allCases)
  func checkReportsTheCodesThatNameIt(entry: CheckCatalog) throws {
    let check = try #require(entry.check(glossary: glossary))
    let named = Set(FindingCode.allCases.filter { $0.check == entry })
    #expect(!named.isEmpty)
    #expect(Set(check.codes).isSuperset(of: named))
  }

  @Test func everyCodeIsReportedByACheckThatRuns() {
    let codes = Set(Checker(options: .init(glossary: glossary)).checks.flatMap(\.codes))
    #expect(codes == Set(FindingCode.allCases))
  }

  @Test func termMismatchRunsOnlyWithAGlossary() {
    let codes = Set(Checker().checks.flatMap(\.codes))
    #expect(!codes.contains(.termMismatch))
    #expect(codes.count == FindingCode.allCases.count - 1)
  }
}
