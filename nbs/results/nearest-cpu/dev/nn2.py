import numpy as np
from csad.patch_histogram import Mahalanobis
from csad.composition import _sq_dists
class NN2:
    def __init__(self, k=1, min_std=1e-3, fix=True): self.k, self.min_std, self.fix = k, min_std, fix
    def fit(self, X):
        from sklearn.covariance import LedoitWolf
        X = np.asarray(X, np.float64)
        d = _sq_dists(X, X, Mahalanobis('ledoit-wolf', self.min_std).fit(X).precision); np.fill_diagonal(d, np.inf)
        D = (X - X[d.argmin(1)]) / np.sqrt(2)
        scale = np.maximum(np.sqrt((D ** 2).mean(0)), self.min_std)
        C = LedoitWolf(assume_centered=True).fit(D / scale).covariance_
        if self.fix: C = C + np.diag(np.maximum(0, 1 - np.diag(C)))
        self.bank, self.precision = X, np.linalg.inv(C) / np.outer(scale, scale)
        return self
    def __call__(self, X):
        d = np.sqrt(_sq_dists(np.atleast_2d(np.asarray(X, np.float64)), self.bank, self.precision)); k = min(self.k, d.shape[1])
        return np.partition(d, k - 1, 1)[:, :k].mean(1)
