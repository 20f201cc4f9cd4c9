// TEMPORARY until the facts branch lands.
struct NumberMismatchCheck: DivergenceCheck {
  var codes: [FindingCode] { [.numberMismatch] }
  func findings(in context: CheckContext) -> [Finding] { [] }
}
