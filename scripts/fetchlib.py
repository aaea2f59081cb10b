"""Fetching shared by the generator scripts (gen-lexicons.py, gen-clusters.py): Debian files
installed on demand, and pinned npm packages unpacked with `npm pack` (no node_modules)."""
import os
import subprocess
import sys
import tarfile


def ensure_debian(path, package):
    """Installs Debian `package` (as root) when `path` is missing; exits when still missing."""
    if os.path.exists(path):
        return
    if os.geteuid() == 0:
        subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", package], check=True)
    if not os.path.exists(path):
        sys.exit(f"{path} missing: apt-get install {package}")


def npm_fetch(npm_dir, specs):
    """Unpacks each npm package spec (name@version) into npm_dir/<name>/package; returns
    {name: path}. A package already unpacked there is reused."""
    out = {}
    for spec in specs:
        name = spec.rsplit("@", 1)[0]
        dest = os.path.join(npm_dir, name.replace("/", "_"))
        if not os.path.isdir(os.path.join(dest, "package")):
            os.makedirs(dest, exist_ok=True)
            tgz = subprocess.run(["npm", "pack", "--silent", spec], cwd=dest, check=True,
                                 stdout=subprocess.PIPE, text=True).stdout.strip().splitlines()[-1]
            with tarfile.open(os.path.join(dest, tgz)) as tf:
                tf.extractall(dest)
        out[name] = os.path.join(dest, "package")
    return out
