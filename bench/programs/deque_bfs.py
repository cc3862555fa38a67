# Breadth-first search over a grid with collections.deque as the queue
# (append/popleft at both ends, a bounded window with maxlen, rotate).
from collections import deque


def bfs(n):
    dist = [[-1] * n for _ in range(n)]
    dist[0][0] = 0
    queue = deque([(0, 0)])
    while queue:
        x, y = queue.popleft()
        d = dist[x][y] + 1
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < n and 0 <= ny < n and dist[nx][ny] < 0 and (nx * 7 + ny * 3) % 11:
                dist[nx][ny] = d
                queue.append((nx, ny))
    return dist[n - 1][n - 1]


def window(n):
    w = deque(maxlen=64)
    total = 0
    for i in range(n):
        w.append(i)
        total += w[0]
        if i % 1000 == 0:
            w.rotate(3)
    return total


def main():
    print(bfs(400))
    print(window(300000))


main()
