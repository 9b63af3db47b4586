/**
 * The genre's stock phrases: set phrases that task breakdown tables print again and again, used by
 * the `ocr-hanzi` repair as evidence for a character OCR misread, dropped or doubled. Each entry was
 * counted in the worked-on corpus documents (fixtures/corpus/split.json; set-aside ones not read),
 * the text fixtures, the .docx fixtures and the seed, on 2026-12-06; `documents` is how many
 * documents print it (the seed and the fixtures and excerpts made from it count as one), `seenIn`
 * names up to four of them. A phrase printed by fewer than two documents is not listed: 完善细化,
 * 全面推进 and 森林防火 are printed only by the seed and its copies, and 重大以上森林火灾 (seed row 16)
 * by none of them, so they are not here. Nor is it attested in the stored public pages searched on
 * 2026-12-06 (six searches, corpus `pages`: 坚决遏制重大以上森林火灾发生, 确保不发生重大以上森林火灾,
 * 严防发生重大以上森林火灾, 杜绝重大以上森林火灾, 重大以上森林火灾 防范 林长制, 较大以上森林火灾):
 * no page printed it. The nearest were 重大森林火灾 (修水县处置重大森林火灾应急预案, 2008,
 * m.kqyc.cn/wenku/rrcgb/ErK7lYYzrb; a 2009 county report, 未发生重大森林火灾,
 * footprintwoodworking.com/xwzx/2009-06/30/content_21772.htm) and 重特大 / 重、特大森林火灾
 * (水城县森林火灾应急预案, newton.com.tw; m.b57w946.cn/p/218829.html): not the phrase, so it stays
 * out, and row 16 gets only a suggestion (see INCIDENT_GRADES).
 */
export interface StockPhrase {
  text: string;
  documents: number;
  seenIn: readonly string[];
}

export const STOCK_PHRASES: readonly StockPhrase[] = [
  { text: "贯彻落实", documents: 17, seenIn: ["corpus/chengdu_2021_lajifenlei_zerenfengong_doc", "corpus/chizhou_2017_simoyingshang_yijian_mirror", "corpus/dawa_2021_zfgzbg_renwu_fenjie_notice_gov", "corpus/qianjiang_linzhangzhi_1wenmi_p1"] },
  { text: "认真贯彻落实", documents: 5, seenIn: ["corpus/fangxian_2023_kongzhichengben_yingshang_gov", "corpus/haicheng_2023_sanji_zfgzbg_renwu_fenjie_gov", "corpus/lishan_2023_zhongdian_renwu_fenjie_gov", "corpus/qianjiang_linzhangzhi_1wenmi_p1"] },
  { text: "全面贯彻落实", documents: 3, seenIn: ["corpus/lishan_2023_zhongdian_renwu_fenjie_gov", "corpus/xialuqu_2023_zfgzbg_zhongdian_renwu_fenjie_gov", "seeds/qianjiang-linzhangzhi-2023-2027-breakdown"] },
  { text: "深入贯彻落实", documents: 5, seenIn: ["corpus/dawa_2021_zfgzbg_renwu_fenjie_notice_gov", "corpus/hechi_2024_yingshang_yaodian_mirror", "corpus/jiamusi_2018_shuiwuran_zhongdian_gov"] },
  { text: "优化完善", documents: 2, seenIn: ["corpus/jiaxing_2023_minying_shishifangan_doc", "corpus/qianjiang_linzhangzhi_1wenmi_p1"] },
  { text: "建立健全", documents: 5, seenIn: ["corpus/composed_seed_variant_c_nanping_yingshang", "corpus/qingdao_2023_jibenyanglao_shishiyijian_tradmirror", "corpus/suining_2016_huanjingweisheng_renwufenjie_gov", "corpus/qianjiang_linzhangzhi_1wenmi_p1"] },
  { text: "统筹推进", documents: 5, seenIn: ["corpus/chengdu_2021_lajifenlei_zerenfengong_doc", "corpus/hangzhou_2020_zfgzbg_zerenfenjie_notice_news", "corpus/shaoxing_2021_shizhengfu_zhongdian_gongzuo_fengong_mirror", "seeds/qianjiang-linzhangzhi-2023-2027-breakdown"] },
  { text: "扎实推进", documents: 5, seenIn: ["corpus/composed_no_seq_fenglin_xiangcun", "corpus/composed_seed_variant_b_shiqiao_xiangcun", "corpus/luan_2017_minshenggongcheng_jindu_tongbao_news", "seeds/qianjiang-linzhangzhi-2023-2027-breakdown"] },
  { text: "有序推进", documents: 3, seenIn: ["corpus/shaoxing_2020_shizhengfu_zhongdian_gongzuo_wancheng_gov", "corpus/shucheng_zhongdian_gongzuo_2024_gov", "corpus/qianjiang_linzhangzhi_1wenmi_p1"] },
  { text: "加快推进", documents: 5, seenIn: ["corpus/composed_seed_variant_a_yunling_hezhang", "corpus/gangcheng_2021_yingshang_fenggong_lzzcloud", "corpus/liaozhong_2024_zfgzbg_zhuyao_renwu_fenjie_gov"] },
  { text: "持续推进", documents: 13, seenIn: ["corpus/baoying_2021_banshishi_jinzhan_mirror", "corpus/composed_box_drawing_donghu_yingshang", "corpus/composed_box_drawing_liuxi_anquan"] },
  { text: "深入推进", documents: 2, seenIn: ["corpus/shaoxing_2020_q1_shizhengfu_zhongdian_gongzuo_jinzhan_gov", "corpus/taowenge_xx_hezhangzhi_2022_gongzuoyaodian"] },
  { text: "全面落实", documents: 6, seenIn: ["corpus/chizhou_2017_simoyingshang_yijian_mirror", "corpus/jiaxing_2023_minying_shishifangan_doc", "corpus/shaoxing_2021_shizhengfu_zhongdian_gongzuo_fengong_mirror", "seeds/qianjiang-linzhangzhi-2023-2027-breakdown"] },
  { text: "督查考核", documents: 2, seenIn: ["corpus/huarong_2021_xianzhengfu_zhongdian_renwu_notice_gov", "corpus/qianjiang_linzhangzhi_1wenmi_p1"] },
  { text: "考核评价", documents: 2, seenIn: ["text/xx-county-hehuzhangzhi-2024-breakdown", "corpus/qianjiang_linzhangzhi_1wenmi_p1"] },
  { text: "绩效考核", documents: 4, seenIn: ["corpus/chuzhou_2020_zhongdian_gongzuo_zerenfenjie_gov", "corpus/chuzhou_2024_zhongdian_gongzuo_zerenfenjie_gov", "corpus/luan_2021_zhongdian_gongzuo_zerenfenjie_mirror", "corpus/qianjiang_linzhangzhi_1wenmi_p1"] },
  { text: "落实情况", documents: 10, seenIn: ["corpus/kaifeng_2005_shengzhengfu_huiyi_fenjie_mirror", "corpus/luan_2021_zhongdian_gongzuo_luoshiqingkuang_gov", "corpus/luan_2024_h1_zhongdian_gongzuo_luoshi_gov", "corpus/qianjiang_linzhangzhi_1wenmi_p1"] },
  { text: "决策部署", documents: 4, seenIn: ["corpus/jiaxing_2023_minying_shishifangan_doc", "corpus/luan_2022_h1_zhongdian_gongzuo_jinzhan_mirror", "corpus/qingyang_2023_q4_weijianwei_zerenqingdan_jinzhan_gov"] },
  { text: "工作部署", documents: 2, seenIn: ["corpus/lishan_2023_zhongdian_renwu_fenjie_gov", "seeds/qianjiang-linzhangzhi-2023-2027-breakdown"] },
  { text: "高质量发展", documents: 4, seenIn: ["corpus/chuzhou_2024_zhongdian_gongzuo_zerenfenjie_gov", "corpus/hechi_2024_yingshang_yaodian_mirror", "corpus/jiaxing_2023_minying_shishifangan_doc"] },
  { text: "营商环境", documents: 17, seenIn: ["corpus/anshan_tiexi_2025_yingshang_55tiao_gov", "corpus/chizhou_2017_simoyingshang_yijian_mirror", "corpus/composed_box_drawing_donghu_yingshang"] },
  { text: "生态保护红线", documents: 2, seenIn: ["corpus/zhejiang_shi_2020_daqi_gongzuofangan_mirror", "seeds/qianjiang-linzhangzhi-2023-2027-breakdown"] },
  { text: "工作机制", documents: 4, seenIn: ["corpus/anshan_tiexi_2025_yingshang_55tiao_gov", "corpus/suining_2016_huanjingweisheng_renwufenjie_gov", "corpus/xinyu_undated_shipinanquan_chuangjian_p3_mirror", "corpus/qianjiang_linzhangzhi_1wenmi_p1"] },
  { text: "长效机制", documents: 3, seenIn: ["corpus/chengan_2026_hezhang_ducha_zhenggai_xiaohao_gov", "corpus/composed_pipe_lines_tinglan_hezhang", "corpus/yantai_qu_undated_chengshiguanlinian_zhidaofangan_doc"] },
  { text: "安全生产", documents: 5, seenIn: ["corpus/composed_box_drawing_liuxi_anquan", "corpus/yunyang_2023_zfgz_mubiao_renwu_fenjie_gov", "text/xx-district-anquan-2024-ideographic-spaces"] },
  { text: "人民群众", documents: 4, seenIn: ["corpus/chizhou_2017_simoyingshang_yijian_mirror", "corpus/fujian_undated_canzhuowuran_shipinfangxin_shishifangan_mirror", "corpus/tonghua_2015_chuangwei_shishifangan_doc"] },
  { text: "责任单位", documents: 65, seenIn: ["corpus/ali_2020_zhongyang_huanbaoducha_zhenggai_gov", "corpus/anoncity_2010_yuanlinchengshi_renwufenjie_mirror", "corpus/anoncity_2012_wenming_zhishu_jianzheng_fenjiebiao_doc", "corpus/qianjiang_linzhangzhi_1wenmi_p1"] },
  { text: "牵头单位", documents: 46, seenIn: ["corpus/anoncity_2010_yuanlinchengshi_renwufenjie_mirror", "corpus/anshan_tiexi_2025_yingshang_55tiao_gov", "corpus/caidian_2026_zfgzbg_zerenfenjie_gov_crawlA"] },
  { text: "配合单位", documents: 23, seenIn: ["corpus/composed_spaced_header_meiling_weijian", "corpus/composed_spaced_header_mouxian_xiaoyuan", "corpus/hechi_2024_yingshang_yaodian_mirror"] },
  { text: "乡镇街道", documents: 2, seenIn: ["corpus/yuyao_2025_minshengshishi_jinzhan_gov", "corpus/qianjiang_linzhangzhi_1wenmi_p1"] },
  { text: "标准化建设", documents: 3, seenIn: ["corpus/composed_spaced_header_mouxian_xiaoyuan", "corpus/fangxian_2023_kongzhichengben_yingshang_gov", "corpus/qianjiang_linzhangzhi_1wenmi_p1"] },
  { text: "常态化开展", documents: 2, seenIn: ["corpus/shucheng_zhongdian_gongzuo_2024_gov", "corpus/qianjiang_linzhangzhi_1wenmi_p1"] },
  { text: "生态环境", documents: 23, seenIn: ["corpus/anoncity_2010_yuanlinchengshi_renwufenjie_mirror", "corpus/baoying_2021_banshishi_jinzhan_mirror", "corpus/beijing_2021_daqi_xingdongjihua_pdf_doc", "seeds/qianjiang-linzhangzhi-2023-2027-breakdown"] },
  { text: "松材线虫病", documents: 3, seenIn: ["corpus/shucheng_zhongdian_gongzuo_2024_gov", "corpus/wnwk_linyeju_mubiao_fenjiebiao", "seeds/qianjiang-linzhangzhi-2023-2027-breakdown"] },
  { text: "疫情防控", documents: 4, seenIn: ["corpus/hangzhou_2020_zfgzbg_zerenfenjie_notice_news", "corpus/qingyang_2023_q4_weijianwei_zerenqingdan_jinzhan_gov", "corpus/xuchang_2020_zfgzbg_fenjie_mirror", "seeds/qianjiang-linzhangzhi-2023-2027-breakdown"] },
  { text: "河湖长制", documents: 4, seenIn: ["corpus/composed_pipe_lines_tinglan_hezhang", "corpus/composed_seed_variant_a_yunling_hezhang", "text/xx-county-hehuzhangzhi-2024-breakdown"] },
];

/** The stock phrases' texts, for lookups. */
export const STOCK_PHRASE_TEXTS: ReadonlySet<string> = new Set(STOCK_PHRASES.map((p) => p.text));

/** The stock phrase `text` is, or undefined. */
export function stockPhrase(text: string): StockPhrase | undefined {
  return STOCK_BY_TEXT.get(text);
}

const STOCK_BY_TEXT = new Map(STOCK_PHRASES.map((p) => [p.text, p]));

/**
 * The grades of an incident, lowest first, as the genre prints them before 以上 (较大以上, 重大以上:
 * "graded … and above"). Source: 《森林防火条例》 (2008) art. 40 grades forest fires 一般, 较大,
 * 重大 and 特别重大; 《国家突发公共事件总体应急预案》 (2006) grades every public emergency the same
 * four ways. Used by `ocr-hanzi` to suggest the grade's first character where 大以上 has lost it
 * (seed row 16: 坚决遏制大以上森林火灾发生).
 */
export const INCIDENT_GRADES = { source: "《森林防火条例》 art. 40; 《国家突发公共事件总体应急预案》", grades: ["一般", "较大", "重大", "特别重大"] } as const;
