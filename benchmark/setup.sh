#!/usr/bin/env bash
# Installs what the dnnfl benchmark needs from Debian and says what it did. Idempotent: a second
# run finds everything in place and changes nothing.
#
# The benchmark's MNIST-based subjects (M1-M3, D4, D9) read Fashion-MNIST, the IDX files of
# Debian's package dataset-fashion-mnist (installed under /usr/share/datasets/fashion-mnist/).
# Every other subject uses seeded synthetic data or the small files under benchmark/data/.
set -euo pipefail

package=dataset-fashion-mnist
folder=/usr/share/datasets/fashion-mnist
files=(train-images-idx3-ubyte.gz train-labels-idx1-ubyte.gz t10k-images-idx3-ubyte.gz t10k-labels-idx1-ubyte.gz)

have_all() {
  for f in "${files[@]}"; do [ -f "$folder/$f" ] || return 1; done
}

# Optional: Graphviz draws the neutrality graphs (dnnfl writes DOT either way).
if ! command -v dot >/dev/null 2>&1; then
  echo "setup: Graphviz is not installed; neutrality graphs stay DOT files (apt-get install graphviz draws them)."
fi

if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' && have_all; then
  echo "setup: $package already installed ($folder); nothing to do."
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  sudo=sudo
  command -v sudo >/dev/null || { echo "setup: $package is missing and this is not root; run: apt-get install $package" >&2; exit 1; }
else
  sudo=
fi

echo "setup: installing Debian package $package (Fashion-MNIST, about 30 MB) ..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$package"

if have_all; then
  echo "setup: installed $package; Fashion-MNIST IDX files are in $folder."
else
  echo "setup: $package installed but $folder lacks some of: ${files[*]}" >&2
  exit 1
fi
