import Diptych
import Foundation
import Testing

/// Recomputes the calibration's sums in Swift, so the Python script's notion of white space is
/// checked against `Unicode.Scalar.Properties.isWhitespace`, which the aligner uses.
@Suite struct LengthCalibrationTests {
  static let devset = RealText.devsetDirectory

  private func lengths(_ file: String) throws -> [Int] {
    let text = try String(contentsOf: Self.devset.appendingPathComponent(file), encoding: .utf8)
    return text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
      line.unicodeScalars.filter { !$0.properties.isWhitespace }.count
    }
  }

  @Test
  func meanRatioAndPercentilesMatchTheDevset() throws {
    let english = try lengths("devset.en")
    let chinese = try lengths("devset.zh")
    #expect(english.count == LengthCalibration.pairs)
    #expect(chinese.count == LengthCalibration.pairs)
    let ratio = Double(chinese.reduce(0, +)) / Double(english.reduce(0, +))
    #expect(abs(ratio - LengthCalibration.meanRatio) < 1e-6)
    let perPair = zip(english, chinese).map { Double($1) / Double($0) }
    let belowP05 = perPair.filter { $0 < LengthCalibration.ratioP05 }.count
    let aboveP95 = perPair.filter { $0 > LengthCalibration.ratioP95 }.count
    #expect(belowP05 == 200)
    #expect(aboveP95 == 200)
  }

  @Test func parametersAreInTheRangeOfEnglishToChinese() {
    // About 3.2 English characters per Chinese character in UN texts.
    #expect((0.28...0.35).contains(LengthCalibration.meanRatio))
    #expect(LengthCalibration.ratioP05 < LengthCalibration.ratioMedian)
    #expect(LengthCalibration.ratioMedian < LengthCalibration.ratioP95)
    #expect(LengthCalibration.variance > 0)
  }
}
