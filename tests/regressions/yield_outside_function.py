def f()->(yield):s
