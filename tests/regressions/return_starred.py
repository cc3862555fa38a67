def _():return*l
