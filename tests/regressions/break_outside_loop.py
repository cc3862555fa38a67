def f():
  class C:
    break
