print("diptych-bench: not yet")
