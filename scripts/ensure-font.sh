#!/usr/bin/env bash
# Makes sure a CJK font with TrueType outlines is where the app looks for it (README, 文书 · 字体).
# PDFBox 3 subset-embeds TrueType-outline fonts; WenQuanYi Zen Hei (Debian package fonts-wqy-zenhei) works,
# Noto CJK (CFF outlines) does not. The font is not in git: this script, run by every Maven build (phase
# initialize, which `mvn spring-boot:run` and `mvn verify` both run), puts it in place:
#   1. a font named by ZHICHENG_DOCUMENTS_FONT (the app's setting zhicheng.documents.font), if it exists;
#   2. the system's fonts-wqy-zenhei;
#   3. a copy unpacked earlier into the build folder;
#   4. without root: `apt-get download fonts-wqy-zenhei` and `dpkg-deb -x` into the build folder;
#   5. as root: `apt-get install fonts-wqy-zenhei`;
#   else it fails and says what to do.
# Usage: ensure-font.sh [build-folder]   (default target/fonts; the app looks in target/fonts too)
# ZHICHENG_SYSTEM_FONT overrides the system path (for testing the other branches on a machine that has it).
set -euo pipefail

dest=${1:-target/fonts}
system_font=${ZHICHENG_SYSTEM_FONT:-/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc}
package=fonts-wqy-zenhei
font_in_package=usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
local_font="$dest/$font_in_package"

if [ -n "${ZHICHENG_DOCUMENTS_FONT:-}" ] && [ -f "$ZHICHENG_DOCUMENTS_FONT" ]; then
  echo "[ensure-font] 使用配置的字体 $ZHICHENG_DOCUMENTS_FONT"
  exit 0
fi
if [ -f "$system_font" ]; then
  echo "[ensure-font] 使用系统字体 $system_font"
  exit 0
fi
if [ -f "$local_font" ]; then
  echo "[ensure-font] 使用已解压的字体 $local_font"
  exit 0
fi

if command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  echo "[ensure-font] 未找到系统字体 $system_font，下载 Debian 软件包 $package 并解压到 $dest"
  if (cd "$work" && apt-get download "$package" >/dev/null 2>&1); then
    mkdir -p "$dest"
    dpkg-deb -x "$work"/"$package"_*.deb "$dest"
    if [ -f "$local_font" ]; then
      echo "[ensure-font] 已解压 $local_font"
      exit 0
    fi
  fi
  if [ "$(id -u)" = 0 ]; then
    echo "[ensure-font] 下载失败（软件包列表可能为空），以 root 身份安装 $package"
    if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null \
        && [ -f "/$font_in_package" ]; then
      echo "[ensure-font] 已安装 /$font_in_package"
      exit 0
    fi
  fi
fi

cat >&2 <<MSG
[ensure-font] 找不到可用的中文字体，无法生成 PDF 文书。请任选其一：
  - 安装 Debian/Ubuntu 软件包：sudo apt-get install $package
  - 或用配置项 zhicheng.documents.font（环境变量 ZHICHENG_DOCUMENTS_FONT）指定一个 TrueType 轮廓的中文字体文件（.ttf/.ttc）
MSG
exit 1
