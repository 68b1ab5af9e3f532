import type { FeatureMessages } from '../../app/i18n/use-messages';

type LockKey =
  | 'title'
  | 'explain'
  | 'whose'
  | 'package'
  | 'packageByPassphrase'
  | 'passphrase'
  | 'packagePassphrase'
  | 'submit'
  | 'busy'
  | 'unsaved'
  | 'nothing'
  | 'lockNow'
  | 'idleLabel'
  | 'idleMinutes'
  | 'idleExplain';

export const lockMessages: FeatureMessages<LockKey> = {
  'zh-CN': {
    title: '已锁定',
    explain:
      '为保密起见，应用已锁定：身份密钥、案卷密钥和内存中的材料、批注都已清除。输入口令即可回到原处，已保存的内容不会丢失。',
    whose: '身份：{name}（指纹 {fingerprint}）',
    package: '解锁后将重新开启案卷包 {fileName}。',
    packageByPassphrase: '该案卷包是用案卷包口令开启的，请一并输入。',
    passphrase: '身份口令',
    packagePassphrase: '案卷包口令',
    submit: '解锁',
    busy: '正在解锁…',
    unsaved:
      '锁定时有修改未能写入磁盘（例如磁盘已满），这些修改已丢失；解锁后请核对最近的批注和评分。',
    nothing: '当前没有已解锁的身份或案卷，点“解锁”继续。',
    lockNow: '锁定',
    idleLabel: '自动锁定',
    idleMinutes: '闲置 {minutes} 分钟后',
    idleExplain: '一段时间没有键盘或鼠标操作时，应用自动锁定并清除内存中的密钥和材料。',
  },
  en: {
    title: 'Locked',
    explain:
      'For secrecy the app is locked: the identity keys, the case key and the materials and notes in memory are gone. Enter your passphrase to return where you were; nothing saved is lost.',
    whose: 'Identity: {name} (fingerprint {fingerprint})',
    package: 'The case package {fileName} opens again after unlocking.',
    packageByPassphrase: 'It was opened with its own passphrase: enter that too.',
    passphrase: 'Identity passphrase',
    packagePassphrase: 'Package passphrase',
    submit: 'Unlock',
    busy: 'Unlocking…',
    unsaved:
      'Some edits could not be written to disk when the app locked (a full disk, say) and are lost; check your latest notes and scores after unlocking.',
    nothing: 'No identity or package is unlocked; choose Unlock to go on.',
    lockNow: 'Lock',
    idleLabel: 'Auto-lock',
    idleMinutes: 'after {minutes} min idle',
    idleExplain:
      'When there is no keyboard or mouse input for a while, the app locks and clears the keys and materials from memory.',
  },
};
