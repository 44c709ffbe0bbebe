package dev.lambdadesk.local.signing;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Objects;

/**
 * The ECDSA P-384 key pair of one signing profile version, in the form the store keeps it:
 * the private key as base64 PKCS#8, the public key as base64 X.509 (SubjectPublicKeyInfo).
 * {@link #toString()} never prints the private key.
 */
public record SigningKeyMaterial(String profileVersionArn, String privateKeyPkcs8, String publicKeyX509) {

    static final String KEY_ALGORITHM = "EC";
    static final String CURVE = "secp384r1";

    public SigningKeyMaterial {
        Objects.requireNonNull(profileVersionArn, "profileVersionArn");
        Objects.requireNonNull(privateKeyPkcs8, "privateKeyPkcs8");
        Objects.requireNonNull(publicKeyX509, "publicKeyX509");
    }

    /** Generates a fresh P-384 key pair for a new profile version. */
    public static SigningKeyMaterial generate(String profileVersionArn) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(KEY_ALGORITHM);
            generator.initialize(new ECGenParameterSpec(CURVE));
            return of(profileVersionArn, generator.generateKeyPair());
        } catch (NoSuchAlgorithmException | InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("This Java runtime cannot make ECDSA P-384 keys", e);
        }
    }

    /** Wraps an existing key pair (encodes both keys). */
    public static SigningKeyMaterial of(String profileVersionArn, KeyPair keyPair) {
        Base64.Encoder base64 = Base64.getEncoder();
        return new SigningKeyMaterial(profileVersionArn,
                base64.encodeToString(keyPair.getPrivate().getEncoded()),
                base64.encodeToString(keyPair.getPublic().getEncoded()));
    }

    /** Decodes the private key; fails with {@link IllegalStateException} if the stored text is damaged. */
    public PrivateKey privateKey() {
        try {
            byte[] der = Base64.getDecoder().decode(privateKeyPkcs8);
            return KeyFactory.getInstance(KEY_ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // The message deliberately leaves the key text out.
            throw new IllegalStateException("The stored private key of " + profileVersionArn + " cannot be read", e);
        }
    }

    /** Decodes the public key; fails with {@link IllegalStateException} if the stored text is damaged. */
    public PublicKey publicKey() {
        return decodePublicKey(profileVersionArn, publicKeyX509);
    }

    static PublicKey decodePublicKey(String profileVersionArn, String publicKeyX509) {
        try {
            byte[] der = Base64.getDecoder().decode(publicKeyX509);
            return KeyFactory.getInstance(KEY_ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The stored public key of " + profileVersionArn + " cannot be read", e);
        }
    }

    @Override
    public String toString() {
        return "SigningKeyMaterial[profileVersionArn=" + profileVersionArn + ", privateKeyPkcs8=<hidden>, publicKeyX509="
                + publicKeyX509 + "]";
    }
}
