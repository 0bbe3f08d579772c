#!/bin/sh
# Makes a fixture case file with the ppid binary given: the example configuration and ten cases
# that together reach every event kind and every state, each act with a fixed --today and --at.
#
#   tests/data/case-files/make-fixtures.sh PPID OUTPUT [CONFIG]
#
# PPID is the ppid binary of the release whose schema the file is to have; OUTPUT must not
# exist; CONFIG defaults to examples/ppid.toml of this source tree. tests/cli/test_compat.cpp
# runs the same acts (keep the two lists equal).
set -eu

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 PPID OUTPUT [CONFIG]" >&2
  exit 64
fi
ppid=$1
out=$2
config=${3:-$(dirname "$0")/../../../examples/ppid.toml}
if [ -e "$out" ]; then
  echo "$0: $out exists" >&2
  exit 73
fi

unset PPID_FILE PPID_TODAY PPID_BUSY_TIMEOUT
export PPID_LANG=en TZ=UTC

# act TODAY ARGS...: one act of the case history, recorded on day TODAY.
act() {
  today=$1
  shift
  "$ppid" --file "$out" --today "$today" "$@" >/dev/null
}

"$ppid" --file "$out" init --config "$config" >/dev/null

# 001/PPID/III/2026: granted, with every personal field and a service with a target (answered).
act 2026-03-02 request new --name "Budi Santoso" --id-number 3201010101800001 \
  --address "Jl. Melati No. 5, RT 01/RW 02, Kelurahan Sukajadi, Contoh" \
  --phone "+62 812-3456-7890" --email budi.santoso@example.id --occupation Wiraswasta \
  --purpose "Penelitian anggaran desa" --service informasi-berkala --channel desk \
  --access softcopy --delivery email --info "Laporan realisasi anggaran 2025" \
  --at 2026-03-02T09:15
act 2026-03-05 respond 001/PPID/III/2026 --decision granted --note "Dikirim lewat surel" \
  --at 2026-03-05T10:00

# 002/PPID/III/2026: incomplete, completed later, extended, partly granted (answered).
act 2026-03-03 request new --name "Siti Aminah" --applicant-type person \
  --id-number 3201024505900002 --email siti.aminah@example.id --phone 081298765432 \
  --address "Jl. Kenanga 12, Contoh" --channel email --access hardcopy --delivery post \
  --incomplete --info "Salinan kontrak pembangunan jalan 2025" --at 2026-03-03T15:30
act 2026-03-05 request complete 002/PPID/III/2026 --at 2026-03-05T09:00
act 2026-03-16 extend 002/PPID/III/2026 --reason "Informasi masih dihimpun dari bidang teknis" \
  --at 2026-03-16T11:00
act 2026-03-24 respond 002/PPID/III/2026 --decision partial --basis "Pasal 17 huruf b" \
  --note "Lampiran harga satuan dihitamkan" --at 2026-03-24T14:00

# 003/PPID/IV/2026: refused as exempt, objection on ground a with a proxy, upheld, dispute,
# ended by adjudication (closed).
act 2026-04-06 request new --name "LSM Transparansi Contoh" --applicant-type organization \
  --address "Jl. Sudirman 45, Contoh" --email info@lsm-contoh.example.id \
  --phone "(021) 555-0101" --channel web --purpose "Pengawasan pengadaan" \
  --info "Dokumen kontrak pengadaan alat kesehatan" --at 2026-04-06T10:00
act 2026-04-15 respond 003/PPID/IV/2026 --decision refused --reason exempt \
  --basis "Pasal 17 huruf b" --note "Uji konsekuensi terlampir" --at 2026-04-15
act 2026-04-27 object 003/PPID/IV/2026 --ground a --proxy "Andi Wijaya, S.H." \
  --note "Pemohon menilai informasi tidak dikecualikan" --at 2026-04-27
act 2026-05-20 object 003/PPID/IV/2026 --answer upheld --official "Sekretaris Daerah" \
  --position "Atasan PPID" --at 2026-05-20
act 2026-05-28 escalate 003/PPID/IV/2026 --commission "KI Provinsi Jawa Barat" --at 2026-05-28
act 2026-09-15 escalate 003/PPID/IV/2026 --outcome refused --at 2026-09-15

# 004/PPID/IV/2026: refused as not yet held; a late objection accepted; overturned
# (objection_answered).
act 2026-04-14 request new --name "Dewi Lestari" --email dewi.lestari@example.id \
  --channel email --info "Rencana detail tata ruang 2027" --at 2026-04-14T08:30
act 2026-04-21 respond 004/PPID/IV/2026 --decision refused --reason not-yet-held --at 2026-04-21
act 2026-07-15 object 004/PPID/IV/2026 --ground e --late-accepted \
  --note "Keberatan terlambat diterima karena pemohon sakit" --at 2026-07-15
act 2026-07-29 object 004/PPID/IV/2026 --answer overturned --official "Bupati Contoh" \
  --position "Atasan PPID" --at 2026-07-29

# 005/PPID/IV/2026: refused as not documented; objection on grounds b and g with the day they
# arose; partly upheld; dispute filed (dispute).
act 2026-04-22 request new --name "Kelompok Tani Makmur" --applicant-type group \
  --address "Desa Sukamaju, Kecamatan Contoh" --phone 081377788899 \
  --service informasi-setiap-saat --info "Daftar penerima pupuk bersubsidi" \
  --at 2026-04-22T10:30
act 2026-04-29 respond 005/PPID/IV/2026 --decision refused --reason not-documented \
  --at 2026-04-29
act 2026-05-11 object 005/PPID/IV/2026 --ground g --ground b --arose 2026-04-30 --at 2026-05-11
act 2026-06-03 object 005/PPID/IV/2026 --answer partial --official "Sekretaris Daerah" \
  --at 2026-06-03
act 2026-06-10 escalate 005/PPID/IV/2026 --commission "KI Provinsi Jawa Barat" --at 2026-06-10

# 006/PPID/V/2026: refused on procedure, then withdrawn (withdrawn).
act 2026-05-04 request new --name "Agus Salim" --channel phone --info "Notulen rapat anggaran" \
  --at 2026-05-04T09:00
act 2026-05-06 respond 006/PPID/V/2026 --decision refused --reason procedural \
  --note "Permohonan tidak mencantumkan identitas" --at 2026-05-06
act 2026-05-08 withdraw 006/PPID/V/2026 --at 2026-05-08

# 007/PPID/V/2026: not answered; objection on ground c once the limit passed; upheld; dispute
# ended by mediation (closed).
act 2026-05-11 request new --name "Yayasan Cahaya" --applicant-type organization --channel fax \
  --info "Laporan keuangan BUMD 2025" --at 2026-05-11T14:00
act 2026-06-05 object 007/PPID/V/2026 --ground c --at 2026-06-05
act 2026-06-24 object 007/PPID/V/2026 --answer upheld --official "Sekretaris Daerah" \
  --position "Atasan PPID" --at 2026-06-24
act 2026-07-01 escalate 007/PPID/V/2026 --commission "KI Provinsi Jawa Barat" --at 2026-07-01
act 2026-08-12 escalate 007/PPID/V/2026 --outcome mediated --at 2026-08-12

# 008/PPID/X/2026: refused as not held, with the body that holds it; objection on grounds d
# and e (objection). Its superior's limit runs past 2026-12-01, the day the tests read the file
# on: past that limit a dispute deadline appears that no act has stored yet.
act 2026-10-05 request new --name "Rahmat Hidayat" --id-number 3201031203850003 \
  --phone 085711223344 --channel post --access see --delivery pickup \
  --info "Data penerima bantuan sosial 2025" --at 2026-10-05T13:00
act 2026-10-12 respond 008/PPID/X/2026 --decision refused --reason not-held \
  --holder "Dinas Sosial Kabupaten Contoh" --at 2026-10-12
act 2026-10-26 object 008/PPID/X/2026 --ground e --ground d --at 2026-10-26

# 009/PPID/XI/2026: received on a Saturday for a service with a target in plain days (open).
act 2026-11-21 request new --name "Putri Maharani" --id-number 3201036607950004 \
  --email putri.maharani@example.id --service data-statistik --channel web \
  --info "Jumlah penduduk per kecamatan 2026" --at 2026-11-21T10:00

# 010/PPID/XI/2026: withdrawn before the notice (withdrawn). Its
# response limit too runs past 2026-12-01.
act 2026-11-23 request new --name "Hendra Gunawan" --info "Daftar aset daerah" \
  --at 2026-11-23T10:00
act 2026-11-25 withdraw 010/PPID/XI/2026 --at 2026-11-25T09:30
