print("diptych-eval: not yet")
