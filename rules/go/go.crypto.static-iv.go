//go:build ignore

package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"io"
)

func encryptCBC(key, padded []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(padded))
	// ruleid: go.crypto.static-iv
	mode := cipher.NewCBCEncrypter(block, []byte("0123456789abcdef"))
	mode.CryptBlocks(out, padded)
	return out, nil
}

func seal(key, plaintext []byte) ([]byte, error) {
	block, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(block)
	// ruleid: go.crypto.static-iv
	return gcm.Seal(nil, make([]byte, gcm.NonceSize()), plaintext, nil), nil
}

func encryptCTR(key, data []byte) []byte {
	iv := []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}
	block, _ := aes.NewCipher(key)
	out := make([]byte, len(data))
	// ruleid: go.crypto.static-iv
	cipher.NewCTR(block, iv).XORKeyStream(out, data)
	return out
}

func encryptCBCSafe(key, padded []byte) ([]byte, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	iv := make([]byte, aes.BlockSize)
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return nil, err
	}
	out := make([]byte, len(padded))
	// ok: go.crypto.static-iv
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(out, padded)
	return append(iv, out...), nil
}

func sealSafe(key, plaintext []byte) ([]byte, error) {
	block, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(block)
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	// ok: go.crypto.static-iv
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}
