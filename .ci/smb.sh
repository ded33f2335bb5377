#!/bin/sh
# Install Samba so tests/sync/test_smb.py can start its own smbd on 127.0.0.1 (the test starts and stops it).
# Run as root in CI (Debian/Ubuntu). Does nothing if smbd is already installed; never fails the build by itself.
set -u
if command -v smbd >/dev/null 2>&1 || [ -x /usr/sbin/smbd ]; then
    echo "smb.sh: smbd already installed"
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    echo "smb.sh: not root; the SMB sync test will be skipped"
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
if apt-get install -y -qq samba smbclient >/dev/null 2>&1; then
    echo "smb.sh: samba installed"
else
    echo "smb.sh: could not install samba; the SMB sync test will be skipped"
fi
exit 0
