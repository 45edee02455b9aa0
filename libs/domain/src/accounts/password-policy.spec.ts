import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblem('korrekt häst batteri häftklammer', 'anna@ekero.se')).toBeNull();
  });
  it('refuses short, repetitive, common and own-address passwords with a Swedish reason', () => {
    expect(passwordProblem('kort')).toBe('måste vara minst 12 tecken långt');
    expect(passwordProblem('aaaaaaaaaaaaaaa')).toBe('får inte bestå av samma fåtal tecken om och om igen');
    expect(passwordProblem('Lösenord2024!!')).toBe('är ett av de vanligaste lösenorden; välj ett annat');
    expect(passwordProblem('1234567890123')).toBe('är för lätt att gissa (en följd av tecken)');
    expect(passwordProblem('anna.andersson-99', 'anna.andersson@ekero.se')).toBe('får inte innehålla din e-postadress');
    expect(passwordProblem('x'.repeat(100) + 'abcdefghijklmnopqrstuvwxyz'.repeat(5))).toBe('får vara högst 200 tecken långt');
  });
});
