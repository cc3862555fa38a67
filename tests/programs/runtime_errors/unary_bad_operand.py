value = "text"
print(-value)
