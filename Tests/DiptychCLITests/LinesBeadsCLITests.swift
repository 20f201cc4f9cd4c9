import Foundation
import Testing

/// `--input-format lines` and `--format beads`: sentence lines in, gold-style beads out.
@Suite struct LinesBeadsCLITests {
  @Test func alignsSentenceLinesIntoBeads() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "diptych-lines-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let english = directory.appendingPathComponent("001.en").path
    let chinese = directory.appendingPathComponent("001.zh").path
    try """
    The Security Council has repeatedly emphasized the need to enhance the predictability of \
    financing.
    Many members in the education and health offices no longer go to their offices for fear of \
    arrest.
    The Organization was based on the principle of the sovereign equality of all its Members.

    """.write(toFile: english, atomically: true, encoding: .utf8)
    try """
    安全理事会一再强调，有必要加强筹供经费的可预测性。
    在教育和医疗卫生机构的许多人员不敢再去办公室，害怕被逮捕。
    本组织系基于各会员国主权平等之原则。

    """.write(toFile: chinese, atomically: true, encoding: .utf8)
    let result = try runDiptych([
      "align", english, chinese, "--input-format", "lines", "--format", "beads",
    ])
    #expect(result.status != 2 && result.err.isEmpty)
    #expect(result.out == "[0]:[0]\n[1]:[1]\n[2]:[2]\n")

    let bilingual = try runDiptych([
      "align", english, "--input-format", "lines", "--format", "beads",
    ])
    #expect(bilingual.status == 2)
    #expect(bilingual.err.contains("--input-format lines takes two files"))
  }
}
