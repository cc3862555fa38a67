class Config:
    name = None
cfg = Config()
print("before")
length = len(cfg.name.strip().lower())
