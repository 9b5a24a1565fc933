#!/usr/bin/env bash
# How the sample media in ejb/src/main/resources/org/ziyuanku/infrastructure/media/samples/ were made. They are
# committed as binaries: neither the build nor any test runs this script or needs ffmpeg or the font.
# The files are the MediaProbe test fixtures and the demo data's shipped files.
#
# Needs: ffmpeg (Debian package ffmpeg, with libx264 and libmp3lame), fonts-wqy-zenhei, Maven (for the class path of
# PDFBox and Apache POI, at the versions the ejb module uses), Java 17.
#   apt-get install -y ffmpeg fonts-wqy-zenhei
#   docs/tools/make-sample-media.sh            # writes into the samples folder
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$root/ejb/src/main/resources/org/ziyuanku/infrastructure/media/samples}"
mkdir -p "$out"
cd "$out"

# every lavfi source has a duration: palettegen waits for the end of its input
ff() { timeout 60 ffmpeg -nostdin -v error -y "$@"; }
bitexact=(-fflags +bitexact -flags:v +bitexact -flags:a +bitexact -map_metadata -1)

# still images: 64x48 PNG, 160x120 JPEG
ff -f lavfi -i "testsrc=size=64x48:rate=1:duration=1" -frames:v 1 -flags:v +bitexact sample.png
ff -f lavfi -i "testsrc=size=160x120:rate=1:duration=1" -frames:v 1 -q:v 8 "${bitexact[@]}" sample.jpg
# animation: 4 frames, 16 colours, looping
ff -f lavfi -i "testsrc=size=64x48:rate=4:duration=1" \
    -vf "split[a][b];[a]palettegen=max_colors=16[p];[b][p]paletteuse" -loop 0 -flags:v +bitexact sample.gif
# video: H.264 constrained baseline + AAC-LC, yuv420p, 160x120, 3 s, moov atom first
ff -f lavfi -i "testsrc=size=160x120:rate=15:duration=3" -f lavfi -i "sine=frequency=440:sample_rate=22050:duration=3" \
    -c:v libx264 -profile:v baseline -pix_fmt yuv420p -crf 30 -c:a aac -b:a 32k -ac 1 -movflags +faststart \
    "${bitexact[@]}" sample.mp4
# video browsers do not play: MPEG-4 part 2 in AVI (transcoded to H.264/MP4 by the platform), 160x120, 2 s, no sound
ff -f lavfi -i "testsrc=size=160x120:rate=10:duration=2" -c:v mpeg4 -q:v 10 -an "${bitexact[@]}" sample.avi
# audio: 2 s MP3 (32 kbit/s mono, Xing header), 1 s WAV (PCM 16 bit, mono, 8 kHz)
ff -f lavfi -i "sine=frequency=440:sample_rate=22050:duration=2" -c:a libmp3lame -b:a 32k -ac 1 "${bitexact[@]}" sample.mp3
ff -f lavfi -i "sine=frequency=440:sample_rate=8000:duration=1" -ac 1 -c:a pcm_s16le "${bitexact[@]}" sample.wav

# documents: sample.pdf (2 pages, WenQuanYi Zen Hei subset embedded), .docx, .pptx (2 slides), .xlsx, .txt (UTF-8)
cp_file="$(mktemp)"
(cd "$root" && mvn -q -pl ejb -am dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=compile)
java -cp "$(cat "$cp_file")" "$root/docs/tools/SampleMediaMaker.java" "$out"
rm -f "$cp_file"
ls -l "$out"
