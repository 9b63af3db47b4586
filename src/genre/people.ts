import { readsAsUnit } from "./units.js";
/**
 * Common Chinese surnames (the most frequent single-character ones, which cover the great
 * majority of people, and the usual two-character ones). Used, with the names a document
 * lists alone, to cut run-together contact names (张三李四 → 张三, 李四).
 */
const SINGLE =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余于杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严覃武洪赖莫孔汤向常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

const DOUBLE = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "南宫", "独孤", "呼延", "轩辕"];

/** Surnames rare enough that a 2–3 character run starting with them is more likely a word than a name. */
const RARE = new Set("全和明成时文安关常路应单解车连商沙景席党边池和师".split(""));

const COMMON = new Set([...SINGLE].filter((c) => !RARE.has(c)));
const ALL = new Set([...SINGLE]);

/** Length of the surname at the start of `text` (2 for 欧阳…, 1 for 王…), or 0. `common` excludes rare ones. */
export function surnameLength(text: string, common = true): number {
  for (const d of DOUBLE) if (text.startsWith(d)) return 2;
  const c = text[0];
  if (c === undefined) return 0;
  return (common ? COMMON : ALL).has(c) ? 1 : 0;
}

/** A line that is only a person's name (陈夏林, 欧阳明): a common surname and one or two characters, no unit's ending. */
export function personAlone(line: string): boolean {
  const s = surnameLength(line);
  return s > 0 && /^[\u4e00-\u9fa5]{2,4}$/.test(line) && line.length - s >= 1 && line.length - s <= 2 && !/[局委办厅部处科室所站队会社署馆场行台团校镇乡村组]$/.test(line);
}

// A line that is only a person's name (荆 昊, 王昊): two or three characters, a space between at most, and
// the post they hold in a bracket after it at most (史国建(市卫生健康局局长)).
const NAME_LINE = /^[ \t\u3000]*[\u4e00-\u9fa5][ \t\u3000]?[\u4e00-\u9fa5]{1,2}(?:[(\uff08][^()\uff08\uff09\n]{1,24}[)\uff09])?[ \t\u3000]*$/;

/** Is the line only a person's name (王昊, 荆 昊, 史国建(市卫生健康局局长)), no unit's? */
export function nameLine(line: string): boolean {
  return NAME_LINE.test(line) && !readsAsUnit(line.trim());
}

/** A people label's value goes on over the lines under it that hold one name each (联系人：樊继福 / 荆 昊): where it ends. */
export function namesBelowEnd(text: string, end: number, limit: number): number {
  let e = end;
  // Blank lines between the names (a page that spaces its lines) are passed over.
  let at = end;
  while (at < limit && text[at] === "\n") {
    const n = text.indexOf("\n", at + 1);
    const lineEnd = n < 0 || n > limit ? limit : n;
    const line = text.slice(at + 1, lineEnd);
    at = lineEnd;
    if (line.trim() === "") continue;
    if (!nameLine(line)) break;
    e = lineEnd;
  }
  return e;
}
